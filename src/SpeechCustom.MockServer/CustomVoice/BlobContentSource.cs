using System.Text.Json.Nodes;
using SpeechCustom.MockServer.Http;

namespace SpeechCustom.MockServer.CustomVoice;

/// <summary>AzureBlobContentSource: a container URL (with SAS), an optional prefix and the file extensions to take.</summary>
internal sealed record BlobContentSource(string ContainerUrl, string? Prefix, IReadOnlyList<string> Extensions)
{
    public static BlobContentSource? Read(JsonObject body, string name)
    {
        var source = body.OptionalObject(name);
        if (source is null)
        {
            return null;
        }

        var containerUrl = source.OptionalHttpUrl("containerUrl", $"{name}.containerUrl") ?? throw InvalidFieldException.Missing($"{name}.containerUrl");
        var extensions = source.OptionalStringArray("extensions", $"{name}.extensions") ?? throw InvalidFieldException.Missing($"{name}.extensions");
        if (extensions.Count == 0)
        {
            throw InvalidFieldException.Invalid($"{name}.extensions", "at least one extension such as \".wav\" is expected.");
        }

        return new BlobContentSource(containerUrl.OriginalString, source.OptionalString("prefix", $"{name}.prefix"), extensions);
    }

    public static BlobContentSource Require(JsonObject body, string name) =>
        Read(body, name) ?? throw InvalidFieldException.Missing(name);
}
