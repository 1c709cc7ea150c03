using SpeechCustom.MockServer.Querying;

namespace SpeechCustom.MockServer.Http;

/// <summary>
/// Turns the shared validation exceptions into each API's codes: custom voice answers every bad input with
/// BadArgument naming the field (error.target); speech to text with InvalidRequest and a detailed innerError code.
/// </summary>
internal static class ApiErrorMapping
{
    public static ApiError? FromException(Exception exception, ApiFlavor flavor) => exception switch
    {
        ApiException api => api.Error,
        InvalidFieldException field => flavor == ApiFlavor.SpeechToText
            ? new ApiError(400, "InvalidRequest", field.Message, field.Field,
                field.Problem == FieldProblem.Missing ? "InvalidPayload" : "InvalidParameterValue")
            : new ApiError(400, "BadArgument", field.Message, field.Field),
        InvalidBodyException body => flavor == ApiFlavor.SpeechToText
            ? new ApiError(400, "InvalidRequest", body.Message, InnerCode: "InvalidRequestBodyFormat")
            : new ApiError(400, "BadRequest", body.Message),
        FilterSyntaxException filter => flavor == ApiFlavor.SpeechToText
            ? new ApiError(400, "InvalidRequest", $"The filter is invalid. {filter.Message}", "filter", "UnsupportedFilter")
            : new ApiError(400, "BadArgument", $"The filter is invalid. {filter.Message}", "filter"),
        BadHttpRequestException bad => new ApiError(bad.StatusCode, StatusCodeNames.For(bad.StatusCode, flavor), bad.Message),
        _ => null,
    };
}
