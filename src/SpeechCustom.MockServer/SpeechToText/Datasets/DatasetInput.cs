using System.Text.Json.Nodes;
using SpeechCustom.MockServer.Http;

namespace SpeechCustom.MockServer.SpeechToText.Datasets;

/// <summary>
/// The Dataset body of POST /datasets: displayName, locale and kind required; kind must exist in the version;
/// contentUrl (absolute URL) optional; project reference not allowed on 2024-11-15.
/// </summary>
internal sealed record DatasetInput(
    string Kind,
    string DisplayName,
    string? Description,
    string Locale,
    Dictionary<string, string>? CustomProperties,
    string? ContentUrl,
    Guid? ProjectId,
    string? TextNormalizationKind)
{
    public static DatasetInput Read(JsonObject body, SttVersion version)
    {
        var displayName = body.RequiredString("displayName");
        var locale = SttFields.Locale(body);
        var kindText = body.RequiredString("kind");
        var kinds = DatasetKinds.For(version);
        var kind = kinds.FirstOrDefault(k => string.Equals(k, kindText, StringComparison.OrdinalIgnoreCase))
            ?? throw InvalidFieldException.Invalid("kind", $"'{kindText}' is not a dataset kind in {version.Value}; use one of {string.Join(", ", kinds)}.");
        if (!version.HasProjects && body["project"] is not null)
        {
            throw InvalidFieldException.Invalid("project", $"projects are not supported in api-version {version.Value}.");
        }

        var normalization = body.OptionalObject("properties")?.OptionalString("textNormalizationKind", "properties.textNormalizationKind");
        if (normalization is not null && normalization is not ("Default" or "None"))
        {
            throw InvalidFieldException.Invalid("properties.textNormalizationKind", $"'{normalization}' is not one of Default, None.");
        }

        return new DatasetInput(
            kind,
            displayName,
            body.OptionalString("description"),
            locale,
            SttFields.CustomProperties(body),
            body.OptionalHttpUrl("contentUrl")?.OriginalString,
            SttFields.ReferenceId(body, "project"),
            normalization);
    }
}
