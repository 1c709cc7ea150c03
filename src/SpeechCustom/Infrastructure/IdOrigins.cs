using System.Management.Automation;
using System.Runtime.CompilerServices;
using SpeechCustom.Engine.Connection;
using SpeechCustom.Engine.Models;

namespace SpeechCustom.Infrastructure
{
    /// <summary>
    /// Remembers which connection an id came from when a transformation turns a piped object into its id, so
    /// <c>Get-CsrModel -Context $eu | Remove-CsrModel</c> deletes in the resource the model was read from. Keyed by the
    /// id string instance itself (the binder passes it on unchanged): an id typed by the user is never found here, and
    /// the table holds nothing alive once the strings are gone.
    /// </summary>
    internal static class IdOrigins
    {
        private static readonly ConditionalWeakTable<string, SpeechContext> Origins = new ConditionalWeakTable<string, SpeechContext>();

        public static void Remember(string id, object item)
        {
            var value = item is PSObject wrapped ? wrapped.BaseObject : item;
            if (value is ServiceObject service && service.GetOrigin() is SpeechContext origin)
            {
                Origins.Remove(id);
                Origins.Add(id, origin);
            }
        }

        public static SpeechContext? Of(string id) => Origins.TryGetValue(id, out var origin) ? origin : null;
    }
}
