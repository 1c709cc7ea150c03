using SpeechCustom.MockServer.Http;
using SpeechCustom.MockServer.Lifecycle;

namespace SpeechCustom.MockServer.CustomVoice.Operations;

/// <summary>The work a long-running handler started and the response it wants to send (before the operation headers).</summary>
internal sealed record StartedWork(LongRunningWork Work, ApiResponse Response);

/// <summary>
/// The Operation-Id rules of every long-running custom voice request: the optional header becomes the operation id
/// (a GUID otherwise); the same id with an identical request replays the first response and changes nothing; the same
/// id with a different request is a 400. Runs the handler's work under the store lock so the check and the creation
/// are one step.
/// </summary>
internal static class LongRunningRequests
{
    public const string OperationIdHeader = "Operation-Id";

    public static ApiResponse Run(HttpContext context, CustomVoiceStore store, Func<string, StartedWork> start)
    {
        var header = context.Request.Headers[OperationIdHeader].ToString();
        var operationId = header.Length == 0 ? Guid.NewGuid().ToString() : CustomVoiceIds.Require(header, OperationIdHeader);
        var fingerprint = RequestFingerprint.Of(context);
        var request = CustomVoiceRequest.Of(context);

        lock (store.Gate)
        {
            if (store.Operations.TryGetValue(operationId, out var existing))
            {
                return existing.RequestFingerprint == fingerprint ? existing.Response : throw CustomVoiceErrors.OperationIdInUse(operationId);
            }

            var started = start(operationId);
            var response = started.Response
                .WithHeader(OperationIdHeader, operationId)
                .WithHeader("Operation-Location", request.OperationLocation(operationId));
            store.Operations.Add(operationId, new VoiceOperation(operationId, started.Work, fingerprint, response));
            return response;
        }
    }
}
