using System.Management.Automation;
using SpeechCustom.Engine.Errors;
using SpeechCustom.Engine.Models.CustomVoice;
using SpeechCustom.Engine.Models.SpeechToText;
using SpeechCustom.Infrastructure;

namespace SpeechCustom.Cmdlets.Operations
{
    /// <summary>
    /// <para type="synopsis">Waits for Speech operations and resources to finish, all at once, and returns the final resources.</para>
    /// </summary>
    [Cmdlet(VerbsLifecycle.Wait, "SpeechOperation")]
    [OutputType(typeof(TrainingSet), typeof(PersonalVoice), typeof(CsrDataset), typeof(VoiceConsent), typeof(VoiceModel), typeof(VoiceEndpoint), typeof(VoiceProject))]
    public sealed class WaitSpeechOperationCmdlet : SpeechServiceCmdlet
    {
        private WaitRunner? runner;

        [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true)]
        [ValidateNotNull]
        public PSObject[] InputObject { get; set; } = new PSObject[0];

        [Parameter]
        [ValidateRange(0, int.MaxValue)]
        public int TimeoutSec { get; set; }

        [Parameter]
        [ValidateRange(0.1, 300)]
        public double PollingIntervalSec { get; set; } = WaitParameters.DefaultPollingIntervalSec;

        [Parameter]
        [ValidateRange(1, 256)]
        public int ThrottleLimit { get; set; } = WaitParameters.DefaultThrottleLimit;

        protected override void ProcessRecord()
        {
            runner ??= new WaitRunner(this, WaitParameters.ToSettings(TimeoutSec, PollingIntervalSec, ThrottleLimit), DebugWanted);
            foreach (var wrapped in InputObject)
            {
                var item = wrapped?.BaseObject;
                if (item is null)
                    continue;
                try
                {
                    runner.Add(item, ResolveContext(item));
                }
                catch (SpeechException e)
                {
                    WriteError(ErrorRecords.From(e, item));
                }
            }
            runner.Pump();
        }

        protected override void EndProcessing() => runner?.Complete();
    }
}
