using System.Threading;
using System.Threading.Tasks;
using SpeechCustom.Engine.Connection;
using SpeechCustom.Engine.Errors;
using SpeechCustom.Engine.Models.SpeechToText;

namespace SpeechCustom.Engine.Operations
{
    /// <summary>Waits for a custom speech dataset's import; a failure carries properties.error (code and message).</summary>
    internal sealed class CsrDatasetTarget : WaitTarget
    {
        private readonly SpeechContext context;

        private readonly string? displayName;

        public CsrDatasetTarget(SpeechContext context, CsrDataset dataset)
            : base(dataset, "CsrDataset", dataset.Id ?? string.Empty)
        {
            this.context = context;
            displayName = dataset.DisplayName;
        }

        public override string ToString() => $"CsrDataset '{displayName}' ({ResourceId})";

        public override async Task<PollResult> PollAsync(CancellationToken cancellationToken)
        {
            var polled = await context.SpeechToText.GetDatasetWithHintAsync(ResourceId, cancellationToken).ConfigureAwait(false);
            var current = polled.Value;
            var status = current.Status ?? "Unknown";
            if (StatusNames.IsSucceeded(status))
                return PollResult.Done(status, current);
            if (StatusNames.IsFailed(status))
            {
                var error = current.Properties?.Error;
                var rejected = current.Properties?.RejectedLineCount is int r && r > 0 ? $" {r} line(s) were rejected." : string.Empty;
                var failure = new SpeechOperationFailedException(
                    error?.Code ?? "DatasetFailed",
                    $"Dataset '{current.DisplayName}' ({ResourceId}) failed: {error?.Message ?? "the service gave no reason."}{rejected}",
                    ResourceId, current);
                return PollResult.Failed(status, failure, current);
            }
            return PollResult.Pending(status, current, polled.RetryAfter);
        }
    }
}
