using System.Management.Automation;
using SpeechCustom.Engine.Connection;
using SpeechCustom.Engine.Models;

namespace SpeechCustom.Infrastructure
{
    /// <summary>Base of cmdlets that talk to a Speech resource: adds -Context and finds the connection to use.</summary>
    public abstract class SpeechServiceCmdlet : SpeechCmdlet
    {
        /// <summary>
        /// <para type="description">The connection to use (from Connect-SpeechService -PassThru or Get-SpeechContext). Default: for an object piped in, the connection it was read from; otherwise the current connection of this runspace, else SPEECH_KEY with SPEECH_REGION or SPEECH_ENDPOINT.</para>
        /// </summary>
        [Parameter]
        public SpeechContext? Context { get; set; }

        /// <summary>
        /// The connection for this call: -Context, else the one <paramref name="origin"/> came from (an object, or an id
        /// that a piped object gave), else the runspace's current connection, else the environment; with none, a
        /// terminating NotConnected error.
        /// </summary>
        internal SpeechContext ResolveContext(object? origin = null)
        {
            if (Context != null)
                return Context;
            if (origin is PSObject wrapped)
                origin = wrapped.BaseObject;
            if (origin is ServiceObject service && service.GetOrigin() is SpeechContext own)
                return own;
            if (origin is string id && IdOrigins.Of(id) is SpeechContext piped)
                return piped;
            SpeechContext? context;
            try
            {
                context = ContextStore.Current ?? ContextStore.FromEnvironmentVariables();
            }
            catch (Engine.Errors.SpeechException e)
            {
                ThrowTerminatingError(ErrorRecords.From(e));
                throw;
            }
            if (context is null)
                ThrowTerminatingError(ErrorRecords.NotConnected());
            return context!;
        }
    }
}
