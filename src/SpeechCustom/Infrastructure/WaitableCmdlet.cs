using System.Management.Automation;
using SpeechCustom.Engine.Connection;

namespace SpeechCustom.Infrastructure
{
    /// <summary>
    /// Base of create cmdlets: by default they return at once with the new resource or operation; with -Wait they
    /// wait for it as Wait-SpeechOperation would (same poller, same parameters) and return the final resource.
    /// </summary>
    public abstract class WaitableCmdlet : SpeechServiceCmdlet
    {
        private WaitRunner? runner;

        /// <summary>
        /// <para type="description">Wait until the work is done and return the final resource, as piping to Wait-SpeechOperation does.</para>
        /// </summary>
        [Parameter]
        public SwitchParameter Wait { get; set; }

        /// <summary>
        /// <para type="description">With -Wait: stop waiting after this many seconds (the work goes on in the service). 0 waits without limit.</para>
        /// </summary>
        [Parameter]
        [ValidateRange(0, int.MaxValue)]
        public int TimeoutSec { get; set; }

        /// <summary>
        /// <para type="description">With -Wait: seconds between status checks when the service gives no Retry-After.</para>
        /// </summary>
        [Parameter]
        [ValidateRange(0.1, 300)]
        public double PollingIntervalSec { get; set; } = WaitParameters.DefaultPollingIntervalSec;

        /// <summary>Writes a created resource, or starts waiting for it with -Wait (pipeline thread).</summary>
        internal void Deliver(object created, SpeechContext context)
        {
            if (!Wait)
            {
                WriteSpeechObject(created);
                return;
            }
            runner ??= new WaitRunner(this, WaitParameters.ToSettings(TimeoutSec, PollingIntervalSec, WaitParameters.DefaultThrottleLimit), DebugWanted);
            runner.Add(created, context);
            runner.Pump();
        }

        protected override void EndProcessing() => runner?.Complete();
    }
}
