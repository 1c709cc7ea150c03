using System.Text.Json.Serialization;
using SpeechCustom.Engine.Connection;

namespace SpeechCustom.Engine.Models
{
    /// <summary>
    /// Base of every object the engine returns. Remembers the connection it came from so that piping it into the
    /// next cmdlet (Wait-SpeechOperation, Remove-...) talks to the same Speech resource, even when the script
    /// used -Context rather than the current connection.
    /// </summary>
    public abstract class ServiceObject
    {
        [JsonIgnore]
        internal SpeechContext? Origin { get; set; }

        /// <summary>The connection this object was read from, or null (e.g. after deserialization in another session).</summary>
        public SpeechContext? GetOrigin() => Origin;
    }
}
