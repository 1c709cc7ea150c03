namespace SpeechCustom.MockServer.Http;

/// <summary>Renders an <see cref="ApiError"/> in the wire shape of the API the request was for.</summary>
internal static class ApiErrorWriter
{
    public static ApiResponse ToResponse(ApiError error, ApiFlavor flavor) => flavor switch
    {
        // {"code","message","innerError":{"code","message"}} — speech to text Error / InnerError.
        ApiFlavor.SpeechToText => ApiResponse.Json(error.Status, new SpeechToTextErrorBody(
            error.Code,
            error.Message,
            error.Target,
            error.InnerCode is null ? null : new SpeechToTextInnerError(error.InnerCode, error.Message))),

        // {"error":{"code","message","target"}} + x-ms-error-code — custom voice ErrorResponse; admin routes reuse it.
        _ => ApiResponse.Json(error.Status, new CustomVoiceErrorBody(new CustomVoiceError(error.Code, error.Message, error.Target)))
            .WithHeader("x-ms-error-code", error.Code),
    };

    public static Task WriteAsync(HttpContext context, ApiError error, ApiFlavor flavor) =>
        ToResponse(error, flavor).ExecuteAsync(context);

    private sealed record CustomVoiceErrorBody(CustomVoiceError Error);

    private sealed record CustomVoiceError(string Code, string Message, string? Target);

    private sealed record SpeechToTextErrorBody(string Code, string Message, string? Target, SpeechToTextInnerError? InnerError);

    private sealed record SpeechToTextInnerError(string Code, string Message);
}
