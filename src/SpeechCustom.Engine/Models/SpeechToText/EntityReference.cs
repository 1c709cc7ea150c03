using System.Text.Json.Serialization;

namespace SpeechCustom.Engine.Models.SpeechToText
{
    /// <summary>
    /// A reference to another entity: <c>{"self": "&lt;absolute uri&gt;"}</c>. It knows the connection of the entity it
    /// was read with, so a dataset's Project piped on (bound by property name) lists in the same resource.
    /// </summary>
    public sealed class EntityReference : ServiceObject
    {
        public EntityReference()
        {
        }

        public EntityReference(string self) => Self = self;

        public string? Self { get; set; }

        /// <summary>The referenced entity's id: the last path segment of <see cref="Self"/>.</summary>
        [JsonIgnore]
        public string? Id => EntityId.FromSelf(Self);

        public override string ToString() => Id ?? Self ?? string.Empty;
    }
}
