using SpeechCustom.MockServer.Http;
using SpeechCustom.MockServer.Lifecycle;
using SpeechCustom.MockServer.SpeechToText.Files;

namespace SpeechCustom.MockServer.SpeechToText.Models;

/// <summary>A custom (trained or copied) speech-to-text model; it inherits locale, capabilities and retirement from its base model.</summary>
internal sealed class SttModel : SttEntity
{
    private IReadOnlyList<SttFile>? _files;

    public override SttEntityType EntityType => SttEntityType.Model;

    public required SttBaseModel BaseModel { get; init; }

    public IReadOnlyList<Guid> DatasetIds { get; init; } = [];

    /// <summary>v3.x adaptation text.</summary>
    public string? Text { get; init; }

    public int? CustomModelWeightPercent { get; init; }

    /// <summary>A summary of the training data, captured at creation for the ModelReport file.</summary>
    public IReadOnlyList<object> TrainingData { get; init; } = [];

    public IReadOnlyList<SttFile> FilesAt(DateTimeOffset now)
    {
        var state = StateAt(now);
        if (!state.IsTerminal || state.IsFailed)
        {
            return [];
        }

        return _files ??=
        [
            new SttFile(
                $"models/{Id}/files/{SttFile.IdFor(Id, "modelreport.json")}",
                "modelreport.json",
                "ModelReport",
                state.EnteredAt,
                "models",
                $"{Id}/modelreport.json",
                () => JsonDefaults.Serialize(new
                {
                    model = DisplayName,
                    locale = Locale,
                    baseModel = BaseModel.DisplayName,
                    trainingData = TrainingData,
                    adaptationTextCharacters = Text?.Length ?? 0,
                    trainingStarted = Timestamps.SpeechToText(CreatedAt),
                    trainingCompleted = Timestamps.SpeechToText(state.EnteredAt),
                })),
        ];
    }

    /// <summary>The files a manifest lists (speech containers): deterministic placeholder model binaries.</summary>
    public static IReadOnlyList<(string Name, Func<byte[]> Content)> ManifestFiles(Guid modelId) =>
    [
        ("acoustic.model", () => Placeholder(modelId, "acoustic")),
        ("language.model", () => Placeholder(modelId, "language")),
        ("model.config.json", () => JsonDefaults.Serialize(new { modelId, format = "speech-container-v1" })),
    ];

    private static byte[] Placeholder(Guid modelId, string part)
    {
        var seed = Deterministic.Hash($"{modelId}:{part}");
        return [.. Enumerable.Range(0, 4096).Select(i => (byte)Deterministic.Pick(seed, i, 0, 255))];
    }

    public object ToJson(SttRequest request)
    {
        var version = request.Version;
        var state = StateAt(request.Now);
        var links = new CustomModelLinks(
            version.IsV3 ? request.Url($"models/{Id}:copyto") : null,
            version.HasModelCopy ? request.Url($"models/{Id}:copy") : null,
            request.Url($"models/{Id}/files"),
            request.Url($"models/{Id}/manifest"));
        return new CustomModelJson(
            request.EntityUrl("models", Id),
            request.Reference("models/base", BaseModel.Id),
            [.. DatasetIds.Select(d => request.Reference("datasets", d))],
            links,
            new CustomModelProperties(
                CustomModelWeightPercent,
                new CustomModelDeprecationDates(Timestamps.SpeechToText(BaseModel.TranscriptionDeprecation)),
                BaseModel.Capabilities.ToJson(version, null),
                Error(state)),
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

    private sealed record CustomModelJson(
        string Self,
        EntityReference BaseModel,
        IReadOnlyList<EntityReference> Datasets,
        CustomModelLinks Links,
        CustomModelProperties Properties,
        string? Text,
        EntityReference? Project,
        string Locale,
        string DisplayName,
        string? Description,
        IReadOnlyDictionary<string, string>? CustomProperties,
        string Status,
        string CreatedDateTime,
        string LastActionDateTime);

    private sealed record CustomModelLinks(string? CopyTo, string? Copy, string Files, string Manifest);

    private sealed record CustomModelProperties(int? CustomModelWeightPercent, CustomModelDeprecationDates DeprecationDates, ModelFeatures Features, EntityError? Error);

    private sealed record CustomModelDeprecationDates(string TranscriptionDateTime);
}
