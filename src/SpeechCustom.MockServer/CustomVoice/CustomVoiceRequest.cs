using SpeechCustom.MockServer.Hosting;

namespace SpeechCustom.MockServer.CustomVoice;

/// <summary>
/// What every custom voice handler needs about its request: the api-version (validated once by the route group's
/// filter), the scheme and host the client used (for Operation-Location and nextLink) and one "now" for the request.
/// </summary>
internal sealed class CustomVoiceRequest
{
    private static readonly object ItemKey = new();

    private CustomVoiceRequest(CustomVoiceVersion version, string baseUrl, DateTimeOffset now)
    {
        Version = version;
        BaseUrl = baseUrl;
        Now = now;
    }

    public CustomVoiceVersion Version { get; }

    /// <summary>scheme://host[:port] as the client addressed the server.</summary>
    public string BaseUrl { get; }

    public DateTimeOffset Now { get; }

    public static CustomVoiceRequest Of(HttpContext context) =>
        context.Items.TryGetValue(ItemKey, out var value) && value is CustomVoiceRequest request
            ? request
            : throw new InvalidOperationException("The custom voice request filter did not run.");

    /// <summary>Route group filter: rejects a missing or unknown api-version (and a malformed Operation-Id) before any handler runs.</summary>
    public static ValueTask<object?> Filter(EndpointFilterInvocationContext invocation, EndpointFilterDelegate next)
    {
        var context = invocation.HttpContext;
        var text = context.Request.Query["api-version"].ToString();
        var version = CustomVoiceVersion.TryParse(text) ?? throw CustomVoiceErrors.UnsupportedApiVersion(text.Length == 0 ? null : text);
        var operationId = context.Request.Headers[Operations.LongRunningRequests.OperationIdHeader].ToString();
        if (operationId.Length != 0)
        {
            // Checked before any body validation so a bad header is reported as such.
            CustomVoiceIds.Require(operationId, Operations.LongRunningRequests.OperationIdHeader);
        }

        var clock = context.RequestServices.GetRequiredService<MockServerState>().Clock;
        context.Items[ItemKey] = new CustomVoiceRequest(version, $"{context.Request.Scheme}://{context.Request.Host}", clock.GetUtcNow());
        return next(invocation);
    }

    public string OperationLocation(string operationId) =>
        $"{BaseUrl}/customvoice/operations/{Uri.EscapeDataString(operationId)}?api-version={Version.Value}";
}
