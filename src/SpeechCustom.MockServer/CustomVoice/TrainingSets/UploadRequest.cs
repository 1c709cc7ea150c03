using System.Text.Json.Nodes;
using SpeechCustom.MockServer.Http;

namespace SpeechCustom.MockServer.CustomVoice.TrainingSets;

/// <summary>
/// The Dataset body of POST /trainingsets/{id}:upload. kind and audios are required; scripts too for AudioAndScript and
/// LongAudio; processAs exists only in 2026-01-01, and Contextual only for LongAudio or AudioOnly.
/// </summary>
internal sealed record UploadRequest(string? DisplayName, string Kind, string? ProcessAs, BlobContentSource Audios, BlobContentSource? Scripts)
{
    public const string AudioAndScript = "AudioAndScript";
    public const string LongAudio = "LongAudio";
    public const string AudioOnly = "AudioOnly";
    public const string Segmented = "Segmented";
    public const string Contextual = "Contextual";

    private static readonly string[] Kinds = [AudioAndScript, LongAudio, AudioOnly];
    private static readonly string[] ProcessAsValues = [Segmented, Contextual];

    public static UploadRequest Read(JsonObject body, CustomVoiceVersion version)
    {
        var kind = OneOf(body.RequiredString("kind"), Kinds, "kind");
        var audios = BlobContentSource.Require(body, "audios");
        var scripts = BlobContentSource.Read(body, "scripts");
        if (scripts is null && kind is AudioAndScript or LongAudio)
        {
            throw InvalidFieldException.Missing("scripts");
        }

        var processAsText = body.OptionalString("processAs");
        string? processAs = null;
        if (processAsText is not null)
        {
            if (!version.Is2026)
            {
                throw InvalidFieldException.Invalid("processAs", $"it is supported from api-version {CustomVoiceVersion.V2026}, not in {version.Value}.");
            }

            processAs = OneOf(processAsText, ProcessAsValues, "processAs");
            if (processAs == Contextual && kind == AudioAndScript)
            {
                throw InvalidFieldException.Invalid("processAs", "Contextual is only allowed when kind is LongAudio or AudioOnly.");
            }
        }

        return new UploadRequest(body.OptionalString("displayName"), kind, processAs, audios, scripts);
    }

    private static string OneOf(string value, string[] allowed, string field) =>
        allowed.FirstOrDefault(a => string.Equals(a, value, StringComparison.OrdinalIgnoreCase))
        ?? throw InvalidFieldException.Invalid(field, $"'{value}' is not one of {string.Join(", ", allowed)}.");
}
