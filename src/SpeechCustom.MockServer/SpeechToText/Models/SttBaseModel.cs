using SpeechCustom.MockServer.Http;
using SpeechCustom.MockServer.Lifecycle;
using SpeechCustom.MockServer.SpeechToText.Datasets;

namespace SpeechCustom.MockServer.SpeechToText.Models;

/// <summary>A base model of the catalogue (always Succeeded; its id is the same on every mock server).</summary>
internal sealed record SttBaseModel(
    Guid Id,
    string Locale,
    string DisplayName,
    string Description,
    DateTimeOffset CreatedAt,
    DateTimeOffset AdaptationDeprecation,
    DateTimeOffset TranscriptionDeprecation,
    IReadOnlyList<string> AdaptationKinds,
    ModelCapabilities Capabilities,
    bool ChargeForAdaptation)
{
    public object? Field(string name) => name switch
    {
        "displayName" => DisplayName,
        "description" => Description,
        "locale" => Locale,
        "status" => ResourceStatus.Succeeded,
        "createdDateTime" or "lastActionDateTime" => CreatedAt,
        _ => null,
    };

    public object ToJson(SttRequest request)
    {
        var version = request.Version;
        return new BaseModelJson(
            request.EntityUrl("models/base", Id),
            DisplayName,
            Locale,
            Description,
            Timestamps.SpeechToText(CreatedAt),
            Timestamps.SpeechToText(CreatedAt),
            ResourceStatus.Succeeded,
            new BaseModelLinks(request.Url($"models/base/{Id}/manifest")),
            new BaseModelProperties(
                new BaseModelDeprecationDates(Timestamps.SpeechToText(AdaptationDeprecation), Timestamps.SpeechToText(TranscriptionDeprecation)),
                Capabilities.ToJson(version, [.. AdaptationKinds.Where(k => DatasetKinds.For(version).Contains(k))]),
                version.IsV32OrLater ? ChargeForAdaptation : null));
    }

    private sealed record BaseModelJson(
        string Self,
        string DisplayName,
        string Locale,
        string Description,
        string CreatedDateTime,
        string LastActionDateTime,
        string Status,
        BaseModelLinks Links,
        BaseModelProperties Properties);

    private sealed record BaseModelLinks(string Manifest);

    private sealed record BaseModelProperties(BaseModelDeprecationDates DeprecationDates, ModelFeatures Features, bool? ChargeForAdaptation);

    private sealed record BaseModelDeprecationDates(string AdaptationDateTime, string TranscriptionDateTime);
}

/// <summary>What a model can do; custom models inherit it from their base model.</summary>
internal sealed record ModelCapabilities(bool Endpoints, bool Transcribe, bool Containers, bool DisplayOnly)
{
    public static readonly ModelCapabilities Standard = new(Endpoints: true, Transcribe: true, Containers: true, DisplayOnly: false);

    public static readonly ModelCapabilities Whisper = new(Endpoints: false, Transcribe: false, Containers: false, DisplayOnly: true);

    /// <summary>v3.x supportsTranscriptions; 2024-11-15+ supportsTranscriptionsSubmit/Transcribe; supportedOutputFormats from v3.2.</summary>
    public ModelFeatures ToJson(SttVersion version, IReadOnlyList<string>? adaptationKinds) => new(
        version.IsV3 ? true : null,
        version.IsV3 ? null : true,
        version.IsV3 ? null : Transcribe,
        Endpoints,
        Containers,
        version.IsV32OrLater ? (DisplayOnly ? ["Display"] : ["Lexical", "Display"]) : null,
        adaptationKinds);
}

/// <summary>BaseModelFeatures / CustomModelFeatures (supportsAdaptationsWith on base models only).</summary>
internal sealed record ModelFeatures(
    bool? SupportsTranscriptions,
    bool? SupportsTranscriptionsSubmit,
    bool? SupportsTranscriptionsTranscribe,
    bool SupportsEndpoints,
    bool SupportsTranscriptionsOnSpeechContainers,
    IReadOnlyList<string>? SupportedOutputFormats,
    IReadOnlyList<string>? SupportsAdaptationsWith);
