using System.Threading;
using System.Threading.Tasks;
using SpeechCustom.Engine.Connection;
using SpeechCustom.Engine.Errors;
using SpeechCustom.Engine.Models.SpeechToText;

namespace SpeechCustom.Engine.Operations
{
    /// <summary>
    /// Waits for a model copy: polls the copy operation on the source resource (honouring its Retry-After), and when it
    /// succeeds reads the new model from the target resource, which is what the wait returns. A copy operation that no
    /// longer knows its target (deserialized in another session) ends with the operation itself.
    /// </summary>
    internal sealed class ModelCopyTarget : WaitTarget
    {
        private readonly SpeechContext source;
        private readonly CsrModelCopyOperation operation;

        public ModelCopyTarget(SpeechContext source, CsrModelCopyOperation operation)
            : base(operation, "ModelCopy", operation.SourceModelId ?? operation.Id ?? string.Empty)
        {
            this.source = source;
            this.operation = operation;
        }

        public override string ToString() => $"ModelCopy of {ResourceId} to {operation.TargetEndpoint?.Host ?? "the target"}";

        public override async Task<PollResult> PollAsync(CancellationToken cancellationToken)
        {
            var polled = await source.SpeechToText.GetModelCopyAsync(operation, cancellationToken).ConfigureAwait(false);
            var current = polled.Value;
            var status = current.Status ?? "Unknown";
            if (StatusNames.IsFailed(status))
                return PollResult.Failed(status, FailureOf(current), current);
            if (!StatusNames.IsSucceeded(status))
                return PollResult.Pending(status, current, polled.RetryAfter);
            if (current.TargetContext is null || current.TargetModelId is null)
                return PollResult.Done(status, current);
            var model = await current.TargetContext.SpeechToText.GetModelAsync(current.TargetModelId, cancellationToken).ConfigureAwait(false);
            return PollResult.Done(status, model);
        }

        private SpeechOperationFailedException FailureOf(CsrModelCopyOperation current)
            => new SpeechOperationFailedException(
                current.Error?.Code ?? "ModelCopyFailed",
                $"The copy of model {ResourceId} (operation {current.Id}) failed: {current.Error?.Message ?? "the service gave no reason."}",
                ResourceId, current);
    }
}
