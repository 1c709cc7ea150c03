using System.Threading;
using System.Threading.Tasks;
using SpeechCustom.Engine.Connection;
using SpeechCustom.Engine.Errors;
using SpeechCustom.Engine.Models.CustomVoice;

namespace SpeechCustom.Engine.Operations
{
    /// <summary>Waits for a personal voice to be ready by reading it until its status is final; its failureReason explains a failure.</summary>
    internal sealed class PersonalVoiceTarget : WaitTarget
    {
        private readonly SpeechContext context;
        private readonly PersonalVoice voice;

        public PersonalVoiceTarget(SpeechContext context, PersonalVoice voice)
            : base(voice, "PersonalVoice", voice.Id)
        {
            this.context = context;
            this.voice = voice;
        }

        public override async Task<PollResult> PollAsync(CancellationToken cancellationToken)
        {
            var polled = await context.CustomVoice.GetPersonalVoiceWithHintAsync(voice.Id, cancellationToken).ConfigureAwait(false);
            var current = polled.Value;
            current.OperationId = voice.OperationId;
            var status = current.Status ?? "Unknown";
            if (StatusNames.IsSucceeded(status))
                return PollResult.Done(status, current);
            if (StatusNames.IsFailed(status))
            {
                var reason = current.Properties?.FailureReason;
                var failure = reason != null
                    ? new SpeechOperationFailedException(reason, $"Personal voice '{voice.Id}' failed: {FailureReasons.Explain(reason)} ({reason}).", voice.Id, current)
                    : new SpeechOperationFailedException("PersonalVoiceFailed", $"Personal voice '{voice.Id}' failed; the service gave no reason.", voice.Id, current);
                return PollResult.Failed(status, failure, current);
            }
            return PollResult.Pending(status, current, polled.RetryAfter);
        }
    }
}
