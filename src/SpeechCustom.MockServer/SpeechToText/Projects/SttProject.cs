using SpeechCustom.MockServer.Http;

namespace SpeechCustom.MockServer.SpeechToText.Projects;

/// <summary>A speech-to-text project (v3.x and 2025-10-15). It has no status: it is not long-running.</summary>
internal sealed class SttProject
{
    public required Guid Id { get; init; }

    public required string DisplayName { get; set; }

    public string? Description { get; set; }

    public required string Locale { get; init; }

    public Dictionary<string, string>? CustomProperties { get; set; }

    public string? FoundryProjectName { get; set; }

    public required DateTimeOffset CreatedAt { get; init; }

    public object? Field(string name) => name switch
    {
        "displayName" => DisplayName,
        "description" => Description,
        "locale" => Locale,
        "foundryProjectName" => FoundryProjectName,
        "createdDateTime" => CreatedAt,
        _ => null,
    };

    /// <summary>v3.x adds properties with entity counts; 2025-10-15 adds foundryProjectName.</summary>
    public object ToJson(SttRequest request, ProjectCounts counts)
    {
        var version = request.Version;
        var links = new ProjectLinks(
            request.Url($"projects/{Id}/evaluations"),
            request.Url($"projects/{Id}/datasets"),
            request.Url($"projects/{Id}/models"),
            request.Url($"projects/{Id}/endpoints"),
            request.Url($"projects/{Id}/transcriptions"));
        return new ProjectJson(
            request.EntityUrl("projects", Id),
            DisplayName,
            Description,
            CustomProperties,
            Locale,
            Timestamps.SpeechToText(CreatedAt),
            links,
            version.HasProjectCounts ? counts : null,
            version.HasFoundryProjectName ? FoundryProjectName : null);
    }

    private sealed record ProjectJson(
        string Self,
        string DisplayName,
        string? Description,
        IReadOnlyDictionary<string, string>? CustomProperties,
        string Locale,
        string CreatedDateTime,
        ProjectLinks Links,
        ProjectCounts? Properties,
        string? FoundryProjectName);

    private sealed record ProjectLinks(string Evaluations, string Datasets, string Models, string Endpoints, string Transcriptions);

}

/// <summary>v3.x Project.properties: how many entities name the project.</summary>
internal sealed record ProjectCounts(int DatasetCount, int EvaluationCount, int ModelCount, int TranscriptionCount, int EndpointCount)
{
    public static readonly ProjectCounts None = new(0, 0, 0, 0, 0);
}
