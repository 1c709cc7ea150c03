using System.Text.Json.Serialization;

namespace SpeechCustom.Engine.Models.SpeechToText
{
    /// <summary>A reference to another entity: <c>{"self": "&lt;absolute uri&gt;"}</c>.</summary>
    public sealed class EntityReference
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
