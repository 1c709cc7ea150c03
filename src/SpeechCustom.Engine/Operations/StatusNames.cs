using System;

namespace SpeechCustom.Engine.Operations
{
    /// <summary>Terminal states of both APIs (Disabled is the end of a suspend; everything else keeps being polled).</summary>
    public static class StatusNames
    {
        public static bool IsSucceeded(string? status)
            => string.Equals(status, "Succeeded", StringComparison.OrdinalIgnoreCase) || string.Equals(status, "Disabled", StringComparison.OrdinalIgnoreCase);

        public static bool IsFailed(string? status)
            => string.Equals(status, "Failed", StringComparison.OrdinalIgnoreCase) || string.Equals(status, "Canceled", StringComparison.OrdinalIgnoreCase)
               || string.Equals(status, "Cancelled", StringComparison.OrdinalIgnoreCase);

        public static bool IsTerminal(string? status) => IsSucceeded(status) || IsFailed(status);
    }
}
