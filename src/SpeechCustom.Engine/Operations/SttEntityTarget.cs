using System.Threading;
using System.Threading.Tasks;
using SpeechCustom.Engine.Connection;
using SpeechCustom.Engine.Errors;
using SpeechCustom.Engine.Models.SpeechToText;

namespace SpeechCustom.Engine.Operations
{
    /// <summary>
    /// Waits for any speech-to-text entity (dataset import, model training, evaluation, endpoint deployment,
    /// transcription) by reading it again until its status is final; a failure carries properties.error (code, message).
    /// </summary>
    internal sealed class SttEntityTarget : WaitTarget
    {
        private readonly SpeechContext context;
        private readonly SttEntity entity;

        public SttEntityTarget(SpeechContext context, SttEntity entity)
            : base(entity, entity.GetType().Name, entity.Id ?? string.Empty)
        {
            this.context = context;
            this.entity = entity;
        }

        public override string ToString() => $"{Kind} '{entity.DisplayName}' ({ResourceId})";

        public override async Task<PollResult> PollAsync(CancellationToken cancellationToken)
        {
            var polled = await entity.ReadAgainAsync(context.SpeechToText, cancellationToken).ConfigureAwait(false);
            var current = polled.Value;
            var status = current.Status ?? "Unknown";
            if (StatusNames.IsSucceeded(status))
                return PollResult.Done(status, current);
            if (StatusNames.IsFailed(status))
                return PollResult.Failed(status, FailureOf(current), current);
            return PollResult.Pending(status, current, polled.RetryAfter);
        }

        private SpeechOperationFailedException FailureOf(SttEntity current)
        {
            var error = current.FailureError;
            var details = current is CsrDataset { Properties.RejectedLineCount: int r } && r > 0 ? $" {r} line(s) were rejected." : string.Empty;
            return new SpeechOperationFailedException(
                error?.Code ?? Kind + "Failed",
                $"{Kind} '{current.DisplayName}' ({ResourceId}) failed: {error?.Message ?? "the service gave no reason."}{details}",
                ResourceId, current);
        }
    }
}
