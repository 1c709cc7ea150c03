using System.Text.Json.Nodes;
using SpeechCustom.MockServer.Http;
using SpeechCustom.MockServer.Lifecycle;

namespace SpeechCustom.MockServer.SpeechToText;

/// <summary>The long-running speech-to-text entities; each has a collection and a web hook event prefix.</summary>
internal enum SttEntityType
{
    Dataset,
    Model,
    Evaluation,
    Transcription,
    Endpoint,
}

internal static class SttEntityTypes
{
    public static string Collection(this SttEntityType type) => type switch
    {
        SttEntityType.Dataset => "datasets",
        SttEntityType.Model => "models",
        SttEntityType.Evaluation => "evaluations",
        SttEntityType.Transcription => "transcriptions",
        _ => "endpoints",
    };

    /// <summary>dataset, model, ... as used in error messages and (PascalCased) in web hook event names.</summary>
    public static string Noun(this SttEntityType type) => type.ToString().ToLowerInvariant();
}

/// <summary>
/// What datasets, models, evaluations, transcriptions and endpoints share: identity, the common editable fields,
/// the optional project, and simulated long-running work (status is computed from the clock on every read).
/// Mutable fields change under the store lock only.
/// </summary>
internal abstract class SttEntity
{
    public required Guid Id { get; init; }

    public required string DisplayName { get; set; }

    public string? Description { get; set; }

    public required string Locale { get; init; }

    public Dictionary<string, string>? CustomProperties { get; set; }

    public Guid? ProjectId { get; set; }

    public required DateTimeOffset CreatedAt { get; init; }

    /// <summary>Null until the work starts (block upload datasets start at commit).</summary>
    public LongRunningWork? Work { get; set; }

    public abstract SttEntityType EntityType { get; }

    /// <summary>Hidden entities (an evaluation's transcriptions) can be read by id but are not listed and send no web hook events.</summary>
    public bool IsHidden { get; init; }

    /// <summary>The status the web hook ticker last announced (under the store lock).</summary>
    public string? AnnouncedStatus { get; set; }

    public string Collection => EntityType.Collection();

    public WorkState StateAt(DateTimeOffset now) =>
        Work?.StateAt(now) ?? new WorkState(ResourceStatus.NotStarted, CreatedAt, IsTerminal: false, Failure: null);

    public bool IsSucceededAt(DateTimeOffset now) => StateAt(now) is { IsTerminal: true, IsFailed: false };

    public virtual object? Field(string name, DateTimeOffset now) => name switch
    {
        "displayName" => DisplayName,
        "description" => Description,
        "locale" => Locale,
        "status" => StateAt(now).Status,
        "createdDateTime" => CreatedAt,
        "lastActionDateTime" => Timestamps.ToSeconds(StateAt(now).EnteredAt),
        _ => null,
    };

    public EntityReference Reference(SttRequest request) => request.Reference(Collection, Id);

    public EntityReference? ProjectReference(SttRequest request) =>
        ProjectId is { } projectId && request.Version.HasProjects ? request.Reference("projects", projectId) : null;

    public EntityError? Error(WorkState state) =>
        state.Failure is { } failure ? new EntityError(failure.Code, failure.Message) : null;
}

/// <summary>
/// The shared part of every *Update body (DatasetUpdate, ModelUpdate, EvaluationUpdate, TranscriptionUpdate,
/// EndpointUpdate): displayName, description, customProperties, and project (not on 2024-11-15).
/// </summary>
internal sealed record SttEntityUpdate(string? DisplayName, string? Description, Dictionary<string, string>? CustomProperties, Guid? ProjectId)
{
    public static SttEntityUpdate Read(JsonObject body, SttVersion version)
    {
        var displayName = body.OptionalString("displayName", minLength: 1);
        var description = body.OptionalString("description");
        var customProperties = SttFields.CustomProperties(body);
        if (!version.HasProjects && body["project"] is not null)
        {
            throw InvalidFieldException.Invalid("project", $"projects are not supported in api-version {version.Value}.");
        }

        return new SttEntityUpdate(displayName, description, customProperties, SttFields.ReferenceId(body, "project"));
    }

    /// <summary>Callers hold the store lock.</summary>
    public void ApplyTo(SpeechToTextStore store, SttEntity entity)
    {
        SttProjectReferences.Require(store, ProjectId);
        entity.DisplayName = DisplayName ?? entity.DisplayName;
        entity.Description = Description ?? entity.Description;
        entity.CustomProperties = CustomProperties ?? entity.CustomProperties;
        entity.ProjectId = ProjectId ?? entity.ProjectId;
    }
}
