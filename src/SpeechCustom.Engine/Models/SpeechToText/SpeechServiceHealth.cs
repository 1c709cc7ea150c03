using System.Collections.Generic;

namespace SpeechCustom.Engine.Models.SpeechToText
{
    /// <summary>The speech-to-text service's health (GET /healthstatus, v3.1): Healthy, Degraded or Unhealthy, per component.</summary>
    public sealed class SpeechServiceHealth : ServiceObject
    {
        public string? Status { get; set; }

        public string? Message { get; set; }

        public List<SpeechServiceHealthComponent>? Components { get; set; }

        public override string ToString() => Status ?? string.Empty;
    }

    public sealed class SpeechServiceHealthComponent
    {
        public string? Name { get; set; }

        public string? Type { get; set; }

        public string? Status { get; set; }

        public string? Message { get; set; }

        public override string ToString() => $"{Name}: {Status}";
    }
}
