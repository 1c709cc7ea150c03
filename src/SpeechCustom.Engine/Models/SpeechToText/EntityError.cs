namespace SpeechCustom.Engine.Models.SpeechToText
{
    /// <summary>Why an entity failed (<c>properties.error</c>).</summary>
    public sealed class EntityError
    {
        public string? Code { get; set; }

        public string? Message { get; set; }

        public override string ToString() => $"{Code}: {Message}";
    }
}
