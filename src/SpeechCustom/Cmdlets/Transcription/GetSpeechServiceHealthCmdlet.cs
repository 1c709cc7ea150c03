using System.Management.Automation;
using SpeechCustom.Engine.Models.SpeechToText;
using SpeechCustom.Infrastructure;

namespace SpeechCustom.Cmdlets.Transcription
{
    /// <summary>
    /// <para type="synopsis">Gets the health of the speech-to-text service and its components (always asked with API version v3.1).</para>
    /// </summary>
    [Cmdlet(VerbsCommon.Get, "SpeechServiceHealth")]
    [OutputType(typeof(SpeechServiceHealth))]
    public sealed class GetSpeechServiceHealthCmdlet : SpeechServiceCmdlet
    {
        protected override void ProcessRecord()
        {
            var context = ResolveContext();
            if (context.SpeechToTextApiVersion != Engine.SpeechToText.SpeechToTextClient.HealthApiVersion)
                WriteVerbose($"The health status exists only in speech to text API version {Engine.SpeechToText.SpeechToTextClient.HealthApiVersion}; it is asked with that version (the connection uses {context.SpeechToTextApiVersion} for everything else).");
            Run(async ct => Emit(await context.SpeechToText.GetServiceHealthAsync(ct).ConfigureAwait(false)));
        }
    }
}
