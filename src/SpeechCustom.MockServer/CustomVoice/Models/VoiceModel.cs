using SpeechCustom.MockServer.Http;
using SpeechCustom.MockServer.Lifecycle;

namespace SpeechCustom.MockServer.CustomVoice.Models;

/// <summary>A professional voice model trained from a training set under a consent (long-running training).</summary>
internal sealed class VoiceModel : IVoiceResource
{
    public const string EngineVersion = "2023.07.04.0";

    public required string Id { get; init; }

    public string? VoiceName { get; init; }

    public string? Description { get; init; }

    public required RecipeChoice Recipe { get; init; }

    public required string Locale { get; init; }

    public required string ProjectId { get; init; }

    public required string ConsentId { get; init; }

    public required string TrainingSetId { get; init; }

    public IReadOnlyList<string>? PresetStyles { get; init; }

    public IReadOnlyDictionary<string, string>? StyleTrainingSetIds { get; init; }

    public required DateTimeOffset CreatedAt { get; init; }

    public required LongRunningWork Work { get; init; }

    public object? Field(string name) => name switch
    {
        "projectId" => ProjectId,
        "locale" => Locale,
        "createdDateTime" => CreatedAt,
        _ => null,
    };

    public bool IsSettledAt(DateTimeOffset now) => Work.StateAt(now).IsTerminal;

    public object ToJson(CustomVoiceVersion version, DateTimeOffset now)
    {
        var state = Work.StateAt(now);
        var succeeded = state is { IsTerminal: true, IsFailed: false };
        var voiceStyles = succeeded && (PresetStyles is not null || StyleTrainingSetIds is not null)
            ? [.. PresetStyles ?? [], .. StyleTrainingSetIds?.Keys ?? Enumerable.Empty<string>()]
            : (IReadOnlyList<string>?)null;
        var properties = PresetStyles is null && StyleTrainingSetIds is null && voiceStyles is null && state.Failure is null
            ? null
            : new ModelProperties(
                PresetStyles,
                StyleTrainingSetIds,
                voiceStyles,
                state.Failure?.Code,
                version.Is2026 && state.Failure is not null ? [TrainingSetId] : null);
        return new ModelJson(
            Id, VoiceName, Description, new RecipeJson(Recipe.Kind, Recipe.Version), Locale, ProjectId, ConsentId, TrainingSetId,
            EngineVersion, properties, state.Status, Timestamps.CustomVoice(CreatedAt), Timestamps.CustomVoice(state.EnteredAt));
    }

    private sealed record ModelJson(
        string Id,
        string? VoiceName,
        string? Description,
        RecipeJson Recipe,
        string Locale,
        string ProjectId,
        string ConsentId,
        string TrainingSetId,
        string EngineVersion,
        ModelProperties? Properties,
        string Status,
        string CreatedDateTime,
        string LastActionDateTime);

    private sealed record RecipeJson(string Kind, string Version);

    private sealed record ModelProperties(
        IReadOnlyList<string>? PresetStyles,
        IReadOnlyDictionary<string, string>? StyleTrainingSetIds,
        IReadOnlyList<string>? VoiceStyles,
        string? FailureReason,
        IReadOnlyList<string>? FailedTrainingsets);
}

/// <summary>The recipe a model was trained with (kind and the version the service picked).</summary>
internal sealed record RecipeChoice(string Kind, string Version);
