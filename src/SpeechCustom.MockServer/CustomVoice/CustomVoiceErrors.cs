using SpeechCustom.MockServer.Http;

namespace SpeechCustom.MockServer.CustomVoice;

/// <summary>
/// Every custom voice error the handlers raise, in one place so wording and codes can change together.
/// Rendered as {"error":{"code","message","target"}} with x-ms-error-code.
/// </summary>
internal static class CustomVoiceErrors
{
    public static ApiException BadArgument(string message, string? target = null) =>
        new(new ApiError(400, "BadArgument", message, target));

    public static ApiException BadRequest(string message) =>
        new(new ApiError(400, "BadRequest", message));

    public static ApiException NotFound(string kind, string id) =>
        new(new ApiError(404, "NotFound", $"The {kind} '{id}' does not exist."));

    /// <summary>
    /// PUT of an id that already exists. Azure does not document this case; the mock answers 400 BadRequest
    /// (never a silent 201) so clients cannot rely on PUT being idempotent.
    /// </summary>
    public static ApiException AlreadyExists(string kind, string id) =>
        BadRequest($"A {kind} with id '{id}' already exists.");

    public static ApiException InvalidId(string id, string target) =>
        BadArgument($"The id '{id}' is invalid. An id has 3 to 64 characters: letters, digits, '.', '_' and '-', and starts and ends with a letter or digit.", target);

    public static ApiException InvalidGuid(string id, string target) =>
        BadArgument($"The id '{id}' is invalid. An endpoint id must be a GUID.", target);

    public static ApiException OperationIdInUse(string operationId) =>
        BadRequest($"The operation id '{operationId}' is already used by a different request.");

    public static ApiException UnsupportedApiVersion(string? version) => BadRequest(version is null
        ? $"The api-version query parameter is required. Supported versions: {string.Join(", ", CustomVoiceVersion.Supported)}."
        : $"The api-version '{version}' is not supported. Supported versions: {string.Join(", ", CustomVoiceVersion.Supported)}.");

    public static ApiException UnsupportedMediaType(string expected) =>
        new(new ApiError(415, "UnsupportedMediaType", $"The request content type must be {expected}."));
}
