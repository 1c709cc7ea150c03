using SpeechCustom.MockServer.Http;

namespace SpeechCustom.MockServer.SpeechToText;

/// <summary>A parsed EntityReference.self: the entity id and the URL path it was found under.</summary>
internal sealed record SttReference(Guid Id, string Path, string Self)
{
    /// <summary>…/models/base/{id}: a base model rather than a custom model.</summary>
    public bool IsBaseModel => Path.Contains("/models/base/", StringComparison.OrdinalIgnoreCase);

    public static SttReference Parse(string self, string field)
    {
        if (!Uri.TryCreate(self, UriKind.Absolute, out var uri) || !Guid.TryParse(uri.Segments[^1].TrimEnd('/'), out var id))
        {
            throw InvalidFieldException.Invalid(field, $"'{self}' is not the URL of an entity.");
        }

        return new SttReference(id, uri.AbsolutePath, self);
    }
}
