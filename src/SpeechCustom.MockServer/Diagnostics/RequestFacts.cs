namespace SpeechCustom.MockServer.Diagnostics;

/// <summary>
/// What the auth and fault middlewares learnt about a request, kept on the HttpContext for the recording middleware,
/// which writes the log entry only after the final status is known.
/// </summary>
internal sealed class RequestFacts
{
    private static readonly object ItemKey = new();

    public MockAuthKind AuthKind { get; set; }

    public string? TokenSubject { get; set; }

    public bool Faulted { get; set; }

    public static RequestFacts Of(HttpContext context)
    {
        if (context.Items.TryGetValue(ItemKey, out var value) && value is RequestFacts facts)
        {
            return facts;
        }

        facts = new RequestFacts();
        context.Items[ItemKey] = facts;
        return facts;
    }
}
