using System.Globalization;
using SpeechCustom.MockServer.Http;

namespace SpeechCustom.MockServer.Lifecycle;

/// <summary>The polling hint on GETs of work that is not finished: Retry-After (whole seconds, rounded up) and retry-after-ms.</summary>
internal static class RetryAfter
{
    public static ApiResponse AddWhenRunning(ApiResponse response, bool isTerminal, MockServerOptions options)
    {
        if (isTerminal)
        {
            return response;
        }

        var milliseconds = Math.Max(0, options.RetryAfterMilliseconds);
        var seconds = (milliseconds + 999) / 1000;
        return response
            .WithHeader("Retry-After", seconds.ToString(CultureInfo.InvariantCulture))
            .WithHeader("retry-after-ms", milliseconds.ToString(CultureInfo.InvariantCulture));
    }
}
