using System;
using System.Globalization;
using Azure;

namespace SpeechCustom.Engine.Http
{
    /// <summary>Reads the service's wait hint: retry-after-ms, x-ms-retry-after-ms, then Retry-After (seconds or HTTP date).</summary>
    public static class RetryAfter
    {
        public static TimeSpan? FromResponse(Response? response)
        {
            if (response is null)
                return null;
            if (TryMilliseconds(response, "retry-after-ms", out var ms) || TryMilliseconds(response, "x-ms-retry-after-ms", out ms))
                return ms;
            if (response.Headers.TryGetValue("Retry-After", out var value) && value != null)
            {
                if (double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var seconds) && seconds >= 0)
                    return TimeSpan.FromSeconds(seconds);
                if (DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var when))
                {
                    var delta = when - DateTimeOffset.UtcNow;
                    return delta > TimeSpan.Zero ? delta : TimeSpan.Zero;
                }
            }
            return null;
        }

        private static bool TryMilliseconds(Response response, string header, out TimeSpan value)
        {
            value = TimeSpan.Zero;
            if (response.Headers.TryGetValue(header, out var text) && text != null
                && double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var ms) && ms >= 0)
            {
                value = TimeSpan.FromMilliseconds(ms);
                return true;
            }
            return false;
        }
    }
}
