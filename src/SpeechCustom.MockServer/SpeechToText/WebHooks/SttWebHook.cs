using System.Text.Json.Nodes;
using SpeechCustom.MockServer.Http;
using SpeechCustom.MockServer.Lifecycle;

namespace SpeechCustom.MockServer.SpeechToText.WebHooks;

/// <summary>The 22 WebHookEvents flags and their header names (PascalCase, as the service sends them).</summary>
internal static class WebHookEventNames
{
    public static readonly string[] All =
    [
        "datasetCreation", "datasetProcessing", "datasetCompletion", "datasetDeletion",
        "modelCreation", "modelProcessing", "modelCompletion", "modelDeletion",
        "evaluationCreation", "evaluationProcessing", "evaluationCompletion", "evaluationDeletion",
        "transcriptionCreation", "transcriptionProcessing", "transcriptionCompletion", "transcriptionDeletion",
        "endpointCreation", "endpointProcessing", "endpointCompletion", "endpointDeletion",
        "ping", "challenge",
    ];

    /// <summary>"transcriptionCompletion" → "TranscriptionCompletion" (the X-MicrosoftSpeechServices-Event value).</summary>
    public static string Header(string name) => char.ToUpperInvariant(name[0]) + name[1..];

    public static string For(SttEntityType type, string suffix) => type.Noun() + suffix;
}

/// <summary>
/// A web hook registration. NotStarted until its URL answered the challenge, then Succeeded (callbacks are sent) or
/// Failed (properties.error says why). <see cref="Generation"/> changes with the URL so a stale challenge is ignored.
/// Mutable fields change under the store lock only.
/// </summary>
internal sealed class SttWebHook
{
    public required Guid Id { get; init; }

    public required string DisplayName { get; set; }

    public string? Description { get; set; }

    public Dictionary<string, string>? CustomProperties { get; set; }

    public required string WebUrl { get; set; }

    public required HashSet<string> Events { get; set; }

    public string? Secret { get; set; }

    /// <summary>The version it was created with: it defines the shape of the callback payloads (properties.apiVersion).</summary>
    public required SttVersion ApiVersion { get; init; }

    /// <summary>scheme://host the hook was registered through; callback self URLs use it.</summary>
    public required string Origin { get; init; }

    public required DateTimeOffset CreatedAt { get; init; }

    public string Status { get; set; } = ResourceStatus.NotStarted;

    public DateTimeOffset LastActionAt { get; set; }

    public EntityError? Error { get; set; }

    public int Generation { get; set; }

    public bool IsTerminal => Status is ResourceStatus.Succeeded or ResourceStatus.Failed;

    public object? Field(string name) => name switch
    {
        "displayName" => DisplayName,
        "description" => Description,
        "webUrl" => WebUrl,
        "status" => Status,
        "createdDateTime" => CreatedAt,
        "lastActionDateTime" => LastActionAt,
        _ => null,
    };

    public object ToJson(SttRequest request)
    {
        var self = request.EntityUrl("webhooks", Id);
        var events = new JsonObject();
        foreach (var name in WebHookEventNames.All)
        {
            events[name] = Events.Contains(name);
        }

        var properties = new JsonObject { ["apiVersion"] = ApiVersion.Value };
        if (!string.IsNullOrEmpty(Secret))
        {
            properties["secret"] = Secret;
        }

        if (Error is not null)
        {
            properties["error"] = new JsonObject { ["code"] = Error.Code, ["message"] = Error.Message };
        }

        return new WebHookJson(
            self,
            DisplayName,
            Description,
            CustomProperties,
            WebUrl,
            events,
            new WebHookLinks(request.Url($"webhooks/{Id}:ping"), request.Url($"webhooks/{Id}:test")),
            properties,
            Status,
            Timestamps.SpeechToText(CreatedAt),
            Timestamps.SpeechToText(LastActionAt));
    }

    private sealed record WebHookJson(
        string Self,
        string DisplayName,
        string? Description,
        IReadOnlyDictionary<string, string>? CustomProperties,
        string WebUrl,
        JsonObject Events,
        WebHookLinks Links,
        JsonObject Properties,
        string Status,
        string CreatedDateTime,
        string LastActionDateTime);

    private sealed record WebHookLinks(string Ping, string Test);
}
