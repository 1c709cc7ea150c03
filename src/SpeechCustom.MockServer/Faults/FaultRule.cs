namespace SpeechCustom.MockServer;

/// <summary>
/// Answer the next <see cref="Count"/> matching API requests with an error. The same fields are accepted as JSON by
/// <c>POST /_mock/faults</c>.
/// </summary>
public sealed class FaultRule
{
    /// <summary>HTTP method to match (case-insensitive); null matches any.</summary>
    public string? Method { get; set; }

    /// <summary>Text the path and query must contain (case-insensitive), e.g. ":upload"; null matches any.</summary>
    public string? PathContains { get; set; }

    /// <summary>The status to answer with: 429, 503, 500, ... The error code follows from it.</summary>
    public int Status { get; set; } = 503;

    /// <summary>How many matching requests get the fault.</summary>
    public int Count { get; set; } = 1;

    /// <summary>When set, sent as Retry-After (seconds).</summary>
    public int? RetryAfterSeconds { get; set; }

    /// <summary>When set, sent as retry-after-ms.</summary>
    public int? RetryAfterMilliseconds { get; set; }

    /// <summary>
    /// False: answer the fault without touching any state. True: process the request normally (state changes) and then
    /// replace its response with the fault — a lost response, which a client's retry must not turn into duplicate work.
    /// </summary>
    public bool AfterProcessing { get; set; }

    /// <summary>
    /// Wait this long before answering, like a slow service or network. With <see cref="Status"/> 0 the request is then
    /// processed normally: a slow answer rather than an error.
    /// </summary>
    public int? DelayMilliseconds { get; set; }

    /// <summary>Overrides the error message; the API's usual text for the status otherwise.</summary>
    public string? Message { get; set; }
}
