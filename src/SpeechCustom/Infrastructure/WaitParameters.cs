using System;
using SpeechCustom.Engine.Operations;

namespace SpeechCustom.Infrastructure
{
    /// <summary>Turns the wait parameters shared by Wait-SpeechOperation and every -Wait into poller settings.</summary>
    internal static class WaitParameters
    {
        public const double DefaultPollingIntervalSec = 5;
        public const int DefaultThrottleLimit = 16;

        public static PollerSettings ToSettings(int timeoutSec, double pollingIntervalSec, int throttleLimit) => new PollerSettings
        {
            Timeout = timeoutSec > 0 ? TimeSpan.FromSeconds(timeoutSec) : (TimeSpan?)null,
            PollingInterval = TimeSpan.FromSeconds(pollingIntervalSec),
            ThrottleLimit = throttleLimit,
        };
    }
}
