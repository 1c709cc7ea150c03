namespace SpeechCustom.MockServer.Http;

/// <summary>The error code both APIs use for an HTTP status that is not tied to a specific validation.</summary>
internal static class StatusCodeNames
{
    public static string For(int status, ApiFlavor flavor) => status switch
    {
        400 => flavor == ApiFlavor.SpeechToText ? "InvalidRequest" : "BadRequest",
        401 => "Unauthorized",
        403 => "Forbidden",
        404 => "NotFound",
        409 => "Conflict",
        415 => "UnsupportedMediaType",
        422 => "UnprocessableEntity",
        429 => "TooManyRequests",
        503 => "ServiceUnavailable",
        >= 500 => "InternalServerError",
        _ => "BadRequest",
    };

    public static string DefaultMessage(int status) => status switch
    {
        429 => "Too many requests. The rate limit of the resource was exceeded; retry after the time the service asked for.",
        503 => "The service is temporarily unavailable. Please retry later.",
        500 => "An internal server error occurred. Please retry later.",
        502 => "Bad gateway. Please retry later.",
        504 => "Gateway timeout. Please retry later.",
        404 => "Resource not found.",
        403 => "Access to the resource is forbidden.",
        401 => "Unauthorized.",
        _ => "The request failed.",
    };
}
