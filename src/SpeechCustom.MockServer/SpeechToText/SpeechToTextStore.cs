using SpeechCustom.MockServer.SpeechToText.Datasets;
using SpeechCustom.MockServer.SpeechToText.Endpoints;
using SpeechCustom.MockServer.SpeechToText.Evaluations;
using SpeechCustom.MockServer.SpeechToText.Files;
using SpeechCustom.MockServer.SpeechToText.Transcriptions;
using SpeechCustom.MockServer.SpeechToText.WebHooks;
using SpeechCustom.MockServer.SpeechToText.Models;
using SpeechCustom.MockServer.SpeechToText.Projects;

namespace SpeechCustom.MockServer.SpeechToText;

/// <summary>
/// All speech-to-text state of one mock server, shared by every API version (an entity created with v3.2 can be read
/// with 2025-10-15, in that version's shape). One lock, held for each short in-memory request; creation order is list order.
/// </summary>
internal sealed class SpeechToTextStore(DateTimeOffset serverStart)
{
    /// <summary>The base models (not affected by reset).</summary>
    public BaseModelCatalog BaseModels { get; } = new(serverStart);

    public Lock Gate { get; } = new();

    public OrderedDictionary<Guid, SttProject> Projects { get; } = new();

    public OrderedDictionary<Guid, SttDataset> Datasets { get; } = new();

    public OrderedDictionary<Guid, SttModel> Models { get; } = new();

    public OrderedDictionary<Guid, SttEndpoint> Endpoints { get; } = new();

    public OrderedDictionary<Guid, SttTranscription> Transcriptions { get; } = new();

    public OrderedDictionary<Guid, SttEvaluation> Evaluations { get; } = new();

    public OrderedDictionary<Guid, SttWebHook> WebHooks { get; } = new();

    /// <summary>Base model endpoint logs per lower-case locale (v3.x), generated on first access.</summary>
    public Dictionary<string, List<SttFile>> BaseModelLogs { get; } = new(StringComparer.Ordinal);

    /// <summary>Copy authorizations this server issued as a target, by id.</summary>
    public Dictionary<string, CopyAuthorization> CopyAuthorizations { get; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Copy operations this server ran as a source.</summary>
    public Dictionary<Guid, CopyOperation> CopyOperations { get; } = new();

    /// <summary>The display name of an endpoint the model is deployed to, or null. Callers hold the lock.</summary>
    public string? EndpointUsing(Guid modelId) =>
        Endpoints.Values.FirstOrDefault(e => !e.ModelIsBase && e.ModelId == modelId)?.DisplayName;

    /// <summary>Every long-running entity (for the web hook ticker and project counts). Callers hold the lock.</summary>
    public IEnumerable<SttEntity> Entities() =>
        Datasets.Values.Cast<SttEntity>().Concat(Models.Values).Concat(Endpoints.Values).Concat(Transcriptions.Values).Concat(Evaluations.Values);

    public void Clear()
    {
        lock (Gate)
        {
            Projects.Clear();
            Datasets.Clear();
            Models.Clear();
            Endpoints.Clear();
            Transcriptions.Clear();
            Evaluations.Clear();
            WebHooks.Clear();
            BaseModelLogs.Clear();
            CopyAuthorizations.Clear();
            CopyOperations.Clear();
        }
    }
}
