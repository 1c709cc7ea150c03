using Azure.Core;

namespace SpeechCustom.Engine.Http
{
    /// <summary>Numbers the attempts of a message (Azure.Core keeps its own count internal): 0 = first try.</summary>
    internal static class AttemptCounter
    {
        private const string Property = "SpeechCustom.Attempt";

        public static int Get(HttpMessage message) => message.TryGetProperty(Property, out var value) && value is int n ? n : 0;

        public static void Next(HttpMessage message)
        {
            var started = message.TryGetProperty(Property, out var value) && value is int n ? n + 1 : 0;
            message.SetProperty(Property, started);
        }
    }
}
