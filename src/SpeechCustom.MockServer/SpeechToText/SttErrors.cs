using SpeechCustom.MockServer.Http;

namespace SpeechCustom.MockServer.SpeechToText;

/// <summary>
/// Every speech-to-text error the handlers raise, in one place: {"code","message","innerError":{"code","message"}}
/// with the top-level codes of §2.7 (InvalidRequest, NotFound, ...) and detailed inner codes.
/// </summary>
internal static class SttErrors
{
    public static ApiException InvalidRequest(string innerCode, string message, string? target = null) =>
        new(new ApiError(400, "InvalidRequest", message, target, innerCode));

    public static ApiException NotFound(string kind, string id) =>
        new(new ApiError(404, "NotFound", $"The {kind} with id '{id}' could not be found."));

    /// <summary>A route this version does not have (e.g. /projects on 2024-11-15) answers like any missing route.</summary>
    public static ApiException MissingRoute() =>
        new(new ApiError(404, "NotFound", "Resource not found."));

    public static ApiException InvalidProject(string message) =>
        InvalidRequest("InvalidProject", message, "project");

    public static ApiException UnsupportedApiVersion(string? version) => InvalidRequest(
        "InvalidParameterValue",
        version is null
            ? $"The api-version query parameter is required. Supported versions: {string.Join(", ", SttVersion.QueryVersions.Select(v => v.Value))} (or v3.1/v3.2 in the path)."
            : $"The api-version '{version}' is not supported. Supported versions: {string.Join(", ", SttVersion.QueryVersions.Select(v => v.Value))} (or v3.1/v3.2 in the path).",
        "api-version");
}
