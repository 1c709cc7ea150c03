using System;

namespace SpeechCustom.Engine.Http
{
    /// <summary>How hard the pipeline tries before it reports a failure.</summary>
    public sealed class RetrySettings
    {
        public int MaxRetries { get; set; } = 6;

        public TimeSpan InitialDelay { get; set; } = TimeSpan.FromSeconds(0.8);

        /// <summary>Cap of our own exponential backoff.</summary>
        public TimeSpan MaxDelay { get; set; } = TimeSpan.FromSeconds(60);

        /// <summary>Cap of a wait the service asks for (Retry-After); longer waits are reported instead of slept.</summary>
        public TimeSpan MaxServerDelay { get; set; } = TimeSpan.FromSeconds(120);

        /// <summary>
        /// How long one try of an ordinary request may take on the network (Azure.Core's default). File transfers and fast
        /// transcription use <see cref="RestCaller.FileTransferTimeout"/> instead.
        /// </summary>
        public TimeSpan NetworkTimeout { get; set; } = TimeSpan.FromSeconds(100);

        public static RetrySettings Default => new RetrySettings();
    }
}
