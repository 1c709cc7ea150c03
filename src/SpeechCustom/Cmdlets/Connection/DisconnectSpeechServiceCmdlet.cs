using System.Management.Automation;
using SpeechCustom.Infrastructure;

namespace SpeechCustom.Cmdlets.Connection
{
    /// <summary>
    /// <para type="synopsis">Forgets the current Speech connection of this session.</para>
    /// </summary>
    [Cmdlet(VerbsCommunications.Disconnect, "SpeechService")]
    [OutputType(typeof(void))]
    public sealed class DisconnectSpeechServiceCmdlet : SpeechCmdlet
    {
        protected override void ProcessRecord()
        {
            var current = ContextStore.Current;
            ContextStore.Set(null);
            WriteVerbose(current is null ? "There was no connection in this session." : $"Disconnected from {current.Endpoint}.");
        }
    }
}
