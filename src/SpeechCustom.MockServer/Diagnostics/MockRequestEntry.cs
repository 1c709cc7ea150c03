namespace SpeechCustom.MockServer;

/// <summary>How a request authenticated itself (what it presented; <see cref="MockRequestEntry.TokenSubject"/> is set only when a token was valid).</summary>
public enum MockAuthKind
{
    None,
    Key,
    Bearer,
}

/// <summary>One request as the mock server saw and answered it.</summary>
public sealed record MockRequestEntry
{
    public required string Method { get; init; }

    /// <summary>Path and query exactly as received (the raw request target).</summary>
    public required string PathAndQuery { get; init; }

    /// <summary>The Host header.</summary>
    public required string Host { get; init; }

    public required MockAuthKind AuthKind { get; init; }

    /// <summary>"managed-identity:&lt;client id or system&gt;" or "client:&lt;client id&gt;" for a valid bearer token.</summary>
    public string? TokenSubject { get; init; }

    /// <summary>The Operation-Id request header, when sent.</summary>
    public string? OperationId { get; init; }

    /// <summary>The status code returned (after any injected fault).</summary>
    public required int Status { get; init; }

    /// <summary>True when an injected fault produced (or replaced) the response.</summary>
    public bool Faulted { get; init; }

    /// <summary>The request body as UTF-8 text, truncated to 64 KB.</summary>
    public required string Body { get; init; }

    public required IReadOnlyDictionary<string, string> Headers { get; init; }

    public required DateTimeOffset Time { get; init; }

    /// <summary>True when the request sent an Ocp-Apim-Subscription-Key or Authorization header (a blob read must not).</summary>
    public bool CarriesCredentials =>
        Headers.ContainsKey("Ocp-Apim-Subscription-Key") || Headers.ContainsKey("Authorization");

    /// <summary>The path without the query string.</summary>
    public string Path => PathAndQuery.Split('?', 2)[0];
}
