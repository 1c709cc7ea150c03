using System;
using System.Threading;
using System.Threading.Tasks;
using SpeechCustom.Engine.Connection;
using SpeechCustom.Engine.Errors;
using SpeechCustom.Engine.Models.CustomVoice;

namespace SpeechCustom.Engine.Operations
{
    /// <summary>
    /// Waits for a custom voice resource (consent, training set, model, endpoint, personal voice) by reading it until its
    /// status is final; its failureReason explains a failure. An endpoint that was just suspended or resumed ends only in
    /// the status that action leads to (Disabled, Succeeded), so a stale read of the previous state never ends the wait.
    /// </summary>
    internal sealed class VoiceResourceTarget : WaitTarget
    {
        private readonly SpeechContext context;
        private readonly IVoiceResource resource;
        private readonly string? expectedStatus;

        public VoiceResourceTarget(SpeechContext context, IVoiceResource resource)
            : base(resource, resource.ResourceType, resource.Id)
        {
            this.context = context;
            this.resource = resource;
            expectedStatus = (resource as VoiceEndpoint)?.ExpectedStatus;
        }

        public override async Task<PollResult> PollAsync(CancellationToken cancellationToken)
        {
            var polled = await ResourceReader.ReadWithHintAsync(context, resource.ResourceType, resource.Id, cancellationToken).ConfigureAwait(false);
            var current = polled.Value;
            CarryClientState(current);
            var status = current.Status ?? "Unknown";
            if (StatusNames.IsFailed(status))
                return PollResult.Failed(status, FailureOf(current), current);
            var done = expectedStatus is null ? StatusNames.IsSucceeded(status) : string.Equals(status, expectedStatus, StringComparison.OrdinalIgnoreCase);
            return done ? PollResult.Done(status, current) : PollResult.Pending(status, current, polled.RetryAfter);
        }

        public override string ToString() => $"{Kind} {ResourceId}";

        private void CarryClientState(IVoiceResource current)
        {
            switch (current)
            {
                case PersonalVoice voice:
                    voice.OperationId = resource.OperationId;
                    break;
                case VoiceConsent consent:
                    consent.OperationId = resource.OperationId;
                    break;
                case VoiceModel model:
                    model.OperationId = resource.OperationId;
                    break;
                case VoiceEndpoint endpoint:
                    endpoint.OperationId = resource.OperationId;
                    endpoint.ExpectedStatus = expectedStatus;
                    break;
                case TrainingSet set:
                    set.OperationId = resource.OperationId;
                    break;
            }
        }

        private SpeechOperationFailedException FailureOf(IVoiceResource current)
        {
            var what = $"{Kind} '{ResourceId}'";
            var reason = FailureReasons.Of(current);
            var details = FailureReasons.Details(current);
            return reason != null
                ? new SpeechOperationFailedException(reason, $"{what} failed: {FailureReasons.Explain(reason)} ({reason}){details}.", ResourceId, current)
                : new SpeechOperationFailedException(Kind + "Failed", $"{what} failed; the service gave no reason{details}. Check it in Speech Studio.", ResourceId, current);
        }
    }
}
