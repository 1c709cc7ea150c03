using System.Management.Automation;
using SpeechCustom.Engine.Connection;
using SpeechCustom.Infrastructure;

namespace SpeechCustom.Cmdlets.Connection
{
    /// <summary>
    /// <para type="synopsis">Gets the Speech connection the cmdlets of this session use.</para>
    /// </summary>
    [Cmdlet(VerbsCommon.Get, "SpeechContext")]
    [OutputType(typeof(SpeechContext))]
    public sealed class GetSpeechContextCmdlet : SpeechCmdlet
    {
        protected override void ProcessRecord()
        {
            SpeechContext? context;
            try
            {
                context = ContextStore.Current ?? ContextStore.FromEnvironmentVariables();
            }
            catch (Engine.Errors.SpeechException e)
            {
                WriteError(ErrorRecords.From(e));
                return;
            }
            if (context is null)
                WriteVerbose("Not connected: run Connect-SpeechService, or set SPEECH_KEY with SPEECH_REGION or SPEECH_ENDPOINT.");
            else
                WriteSpeechObject(context);
        }
    }
}
