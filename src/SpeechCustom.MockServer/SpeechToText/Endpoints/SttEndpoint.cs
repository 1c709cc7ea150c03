using System.Globalization;
using System.Xml;
using SpeechCustom.MockServer.Http;
using SpeechCustom.MockServer.SpeechToText.Content;
using SpeechCustom.MockServer.SpeechToText.Files;
using SpeechCustom.MockServer.SpeechToText.Models;

namespace SpeechCustom.MockServer.SpeechToText.Endpoints;

/// <summary>
/// A custom speech endpoint (a deployed model). With logging enabled it "accumulates" audio and transcription logs once
/// deployed: three sessions, two days ago, yesterday and today (v3.x log routes only).
/// </summary>
internal sealed class SttEndpoint : SttEntity
{
    private List<SttFile>? _logs;

    public override SttEntityType EntityType => SttEntityType.Endpoint;

    public required bool ModelIsBase { get; set; }

    public required Guid ModelId { get; set; }

    /// <summary>v3.x only.</summary>
    public string? Text { get; init; }

    /// <summary>v3.x only; null or zero means never deleted.</summary>
    public TimeSpan? TimeToLive { get; init; }

    public bool LoggingEnabled { get; set; }

    /// <summary>Log ids deleted by DELETE .../files/logs[/{logId}].</summary>
    public HashSet<string> DeletedLogs { get; } = new(StringComparer.OrdinalIgnoreCase);

    public bool HasLogs => _logs is not null;

    /// <summary>The remaining logs; generated the first time the endpoint is seen deployed with logging on.</summary>
    public IReadOnlyList<SttFile> LogsAt(DateTimeOffset now)
    {
        if (_logs is null && LoggingEnabled && IsSucceededAt(now))
        {
            _logs = Sessions($"endpoints/{Id}/files/logs", "endpoints", $"{Id}/logs", Id.ToString(), Locale, StateAt(now).EnteredAt, 3);
        }

        return _logs is null ? [] : [.. _logs.Where(l => !DeletedLogs.Contains(l.Id))];
    }

    /// <summary>Audio (.wav) and Transcription (.json) logs of <paramref name="count"/> sessions on consecutive days up to <paramref name="last"/>.</summary>
    public static List<SttFile> Sessions(string selfPrefix, string container, string blobPrefix, string seedText, string locale, DateTimeOffset last, int count)
    {
        var seed = Deterministic.Hash(seedText);
        var logs = new List<SttFile>();
        for (var i = 0; i < count; i++)
        {
            var day = last.UtcDateTime.Date.AddDays(i - count + 1);
            var at = new DateTimeOffset(day.AddHours(8 + (3 * i)).AddMinutes(Deterministic.Pick(seed, i, 0, 59)), TimeSpan.Zero);
            var session = Deterministic.Guid($"{seedText}:log:{i}");
            var stem = $"{at.ToString("yyyy-MM-dd_HHmmss", CultureInfo.InvariantCulture)}_{session}";
            var sentence = SampleSentences.Pick(locale, seed, i);
            var duration = TimeSpan.FromMilliseconds(Deterministic.Pick(seed, 50 + i, 1500, 4000));
            var recognized = JsonDefaults.Serialize(new
            {
                RecognitionStatus = "Success",
                Offset = 0,
                Duration = duration.Ticks,
                DisplayText = sentence.Display,
                NBest = new[] { new { Confidence = 0.93, Lexical = sentence.Lexical, ITN = sentence.Itn, MaskedITN = sentence.MaskedItn, Display = sentence.Display } },
            });
            logs.Add(new SttFile($"{selfPrefix}/{stem}.wav", $"{stem}.wav", "Audio", at, container, $"{blobPrefix}/{stem}.wav", () => WavHeader.Silence(duration), duration));
            logs.Add(new SttFile($"{selfPrefix}/{stem}.json", $"{stem}.json", "Transcription", at, container, $"{blobPrefix}/{stem}.json", () => recognized));
        }

        return logs;
    }

    public EntityReference ModelReference(SttRequest request) =>
        ModelIsBase ? request.Reference("models/base", ModelId) : request.Reference("models", ModelId);

    public object ToJson(SttRequest request, string region)
    {
        var version = request.Version;
        var state = StateAt(request.Now);
        var host = $"{region}.stt.speech.microsoft.com";
        string Rest(string mode) => $"https://{host}/speech/recognition/{mode}/cognitiveservices/v1?cid={Id}";
        string Socket(string mode) => $"wss://{host}/speech/recognition/{mode}/cognitiveservices/v1?cid={Id}";
        var links = version.IsV3
            ? new EndpointLinks(Rest("interactive"), Rest("conversation"), Rest("dictation"), Socket("interactive"), Socket("conversation"), Socket("dictation"), request.Url($"endpoints/{Id}/files/logs"), null)
            : new EndpointLinks(null, null, null, null, null, null, null, $"wss://{host}/stt/speech/universal/v2?cid={Id}");
        return new EndpointJson(
            request.EntityUrl("endpoints", Id),
            ModelReference(request),
            links,
            new EndpointProperties(LoggingEnabled, version.IsV3 && TimeToLive is { } ttl ? XmlConvert.ToString(ttl) : null, Error(state)),
            version.IsV3 ? Text : null,
            ProjectReference(request),
            Locale,
            DisplayName,
            Description,
            CustomProperties,
            state.Status,
            Timestamps.SpeechToText(CreatedAt),
            Timestamps.SpeechToText(state.EnteredAt));
    }

    private sealed record EndpointJson(
        string Self,
        EntityReference Model,
        EndpointLinks Links,
        EndpointProperties Properties,
        string? Text,
        EntityReference? Project,
        string Locale,
        string DisplayName,
        string? Description,
        IReadOnlyDictionary<string, string>? CustomProperties,
        string Status,
        string CreatedDateTime,
        string LastActionDateTime);

    private sealed record EndpointLinks(
        string? RestInteractive,
        string? RestConversation,
        string? RestDictation,
        string? WebSocketInteractive,
        string? WebSocketConversation,
        string? WebSocketDictation,
        string? Logs,
        string? WebSocket);

    private sealed record EndpointProperties(bool LoggingEnabled, string? TimeToLive, EntityError? Error);
}
