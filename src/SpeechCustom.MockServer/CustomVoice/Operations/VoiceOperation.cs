using SpeechCustom.MockServer.Http;
using SpeechCustom.MockServer.Lifecycle;

namespace SpeechCustom.MockServer.CustomVoice.Operations;

/// <summary>
/// A custom voice operation: the work it tracks, plus the fingerprint and response of the request that started it so
/// the same Operation-Id with the same request can be answered again without doing the work twice.
/// </summary>
internal sealed class VoiceOperation(string id, LongRunningWork work, string requestFingerprint, ApiResponse response)
{
    public string Id { get; } = id;

    public LongRunningWork Work { get; } = work;

    public string RequestFingerprint { get; } = requestFingerprint;

    public ApiResponse Response { get; } = response;

    /// <summary>Operation: {"id","status"} and, when Failed, the Azure.Core Foundations "error".</summary>
    public object ToJson(WorkState state) => new OperationJson(
        Id,
        state.OperationStatus,
        state.Failure is { } failure ? new OperationError(failure.Code, failure.Message) : null);

    private sealed record OperationJson(string Id, string Status, OperationError? Error);

    private sealed record OperationError(string Code, string Message);
}
