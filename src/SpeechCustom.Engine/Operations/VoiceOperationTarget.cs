using System.Threading;
using System.Threading.Tasks;
using SpeechCustom.Engine.Connection;
using SpeechCustom.Engine.Errors;
using SpeechCustom.Engine.Models.CustomVoice;

namespace SpeechCustom.Engine.Operations
{
    /// <summary>
    /// Waits on a custom voice operation (GET /operations/{id}); when it ends, reads the resource it worked on so
    /// the wait returns that (the training set after an upload) and a failure carries the best reason available:
    /// the operation's error, else the resource's failureReason.
    /// </summary>
    internal sealed class VoiceOperationTarget : WaitTarget
    {
        private readonly SpeechContext context;
        private readonly VoiceOperation operation;

        public VoiceOperationTarget(SpeechContext context, VoiceOperation operation)
            : base(operation, operation.Kind ?? "Operation", operation.ResourceId ?? operation.Id)
        {
            this.context = context;
            this.operation = operation;
        }

        public override async Task<PollResult> PollAsync(CancellationToken cancellationToken)
        {
            var polled = await context.CustomVoice.GetOperationWithHintAsync(operation.Id, cancellationToken).ConfigureAwait(false);
            var current = polled.Value;
            current.Kind = operation.Kind;
            current.ResourceType = operation.ResourceType;
            current.ResourceId = operation.ResourceId;
            current.OperationLocation = operation.OperationLocation;
            current.SubmittedDateTime = operation.SubmittedDateTime;

            var status = current.Status ?? "Unknown";
            if (StatusNames.IsSucceeded(status))
            {
                var resource = await ResourceReader.ReadAsync(context, operation.ResourceType, operation.ResourceId, cancellationToken).ConfigureAwait(false);
                return PollResult.Done(status, (object?)resource ?? current);
            }
            if (StatusNames.IsFailed(status))
            {
                var resource = await ResourceReader.TryReadAsync(context, operation.ResourceType, operation.ResourceId, cancellationToken).ConfigureAwait(false);
                return PollResult.Failed(status, FailureOf(current, resource), (object?)resource ?? current);
            }
            return PollResult.Pending(status, current, polled.RetryAfter);
        }

        private SpeechOperationFailedException FailureOf(VoiceOperation current, object? resource)
        {
            var what = operation.ResourceId != null ? $"{operation.Kind} of {operation.ResourceType} '{operation.ResourceId}'" : $"Operation '{operation.Id}'";
            if (current.Error != null && !string.IsNullOrEmpty(current.Error.Code))
                return new SpeechOperationFailedException(current.Error.Code!, $"{what} failed: {current.Error.Message} ({current.Error.Code}; operation {operation.Id}).", operation.ResourceId, resource ?? current);
            var reason = FailureReasons.Of(resource);
            if (reason != null)
                return new SpeechOperationFailedException(reason, $"{what} failed: {FailureReasons.Explain(reason)} ({reason}; operation {operation.Id}).", operation.ResourceId, resource ?? current);
            return new SpeechOperationFailedException("OperationFailed", $"{what} failed; the service gave no reason (operation {operation.Id}). Check the resource in Speech Studio.", operation.ResourceId, resource ?? current);
        }
    }
}
