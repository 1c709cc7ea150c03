using SpeechCustom.MockServer.Http;

namespace SpeechCustom.MockServer.CustomVoice.Projects;

/// <summary>A custom voice project (kind ProfessionalVoice or PersonalVoice; kind and id never change).</summary>
internal sealed class VoiceProject : IVoiceResource
{
    public const string ProfessionalVoice = "ProfessionalVoice";
    public const string PersonalVoice = "PersonalVoice";

    public required string Id { get; init; }

    public string? DisplayName { get; init; }

    public string? Description { get; init; }

    public required string Kind { get; init; }

    public string? Locale { get; init; }

    public required DateTimeOffset CreatedAt { get; init; }

    public object? Field(string name) => name switch
    {
        "kind" => Kind,
        "locale" => Locale,
        "createdDateTime" => CreatedAt,
        _ => null,
    };

    /// <summary>Projects are not long-running.</summary>
    public bool IsSettledAt(DateTimeOffset now) => true;

    public object ToJson(CustomVoiceVersion version, DateTimeOffset now) => new ProjectJson(
        Id, DisplayName, Description, Kind, version.Is2026 ? Locale : null, Timestamps.CustomVoice(CreatedAt));

    private sealed record ProjectJson(string Id, string? DisplayName, string? Description, string Kind, string? Locale, string CreatedDateTime);
}
