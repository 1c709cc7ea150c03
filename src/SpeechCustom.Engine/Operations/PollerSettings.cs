using System;

namespace SpeechCustom.Engine.Operations
{
    public sealed class PollerSettings
    {
        /// <summary>At most this many status requests in flight at once (the service's request budget is shared).</summary>
        public int ThrottleLimit { get; set; } = 16;

        /// <summary>Time between polls of one item when the service gives no Retry-After.</summary>
        public TimeSpan PollingInterval { get; set; } = TimeSpan.FromSeconds(5);

        /// <summary>Bounds for any wait between polls, including the service's hint.</summary>
        public TimeSpan MinInterval { get; set; } = TimeSpan.FromMilliseconds(100);

        public TimeSpan MaxInterval { get; set; } = TimeSpan.FromMinutes(5);

        /// <summary>Give up waiting (the work goes on in the service) after this long; null = no limit.</summary>
        public TimeSpan? Timeout { get; set; }
    }
}
