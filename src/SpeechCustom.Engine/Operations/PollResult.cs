using System;
using SpeechCustom.Engine.Errors;

namespace SpeechCustom.Engine.Operations
{
    /// <summary>What one poll found: the status, whether it is final, the final resource or the failure, and the service's wait hint.</summary>
    public sealed class PollResult
    {
        private PollResult(string status, bool isTerminal, object? resource, SpeechException? failure, TimeSpan? retryAfter)
        {
            Status = status;
            IsTerminal = isTerminal;
            Resource = resource;
            Failure = failure;
            RetryAfter = retryAfter;
        }

        public string Status { get; }

        public bool IsTerminal { get; }

        /// <summary>The latest state of the resource (final resource when it succeeded).</summary>
        public object? Resource { get; }

        public SpeechException? Failure { get; }

        public TimeSpan? RetryAfter { get; }

        public bool Succeeded => IsTerminal && Failure is null;

        public static PollResult Pending(string status, object? resource, TimeSpan? retryAfter) => new PollResult(status, false, resource, null, retryAfter);

        public static PollResult Done(string status, object resource) => new PollResult(status, true, resource, null, null);

        public static PollResult Failed(string status, SpeechException failure, object? resource) => new PollResult(status, true, resource, failure, null);
    }
}
