using System.Collections;

namespace SpeechCustom.MockServer;

/// <summary>
/// One web hook callback the mock sent (or tried to send): the challenge at registration or URL change, a ping, or an
/// entity event such as TranscriptionCompletion. See <see cref="MockSpeechServer.WebHookDeliveries"/>.
/// </summary>
public sealed record MockWebHookDelivery
{
    /// <summary>The web hook's id (last segment of its self URL).</summary>
    public required Guid WebHookId { get; init; }

    /// <summary>The X-MicrosoftSpeechServices-Event header: Challenge, Ping, DatasetCreation, ..., TranscriptionCompletion, ...</summary>
    public required string EventKind { get; init; }

    /// <summary>The URL posted to (for a challenge it carries ?validationToken=...).</summary>
    public required string Url { get; init; }

    /// <summary>The request body: {"self": "...", "invocationId": "..."} for entity events, the web hook itself for Ping and Challenge.</summary>
    public required string Body { get; init; }

    /// <summary>The request headers sent (Content-Type, X-MicrosoftSpeechServices-Event, X-MicrosoftSpeechServices-Signature when a secret is set).</summary>
    public required IReadOnlyDictionary<string, string> Headers { get; init; }

    /// <summary>The last attempt's HTTP status, or null when no answer came (connection refused, timeout) or it was not sent.</summary>
    public int? Status { get; init; }

    /// <summary>The last attempt's response body (truncated to 4 KB).</summary>
    public string? ResponseBody { get; init; }

    /// <summary>Why it failed or was not sent (e.g. the hook's challenge failed).</summary>
    public string? Error { get; init; }

    /// <summary>How many times it was posted (retries on no answer, 408, 429 and 5xx; at most 3).</summary>
    public int Attempts { get; init; }

    public required DateTimeOffset Time { get; init; }

    /// <summary>The entity the event is about (null for Challenge and Ping).</summary>
    public string? EntitySelf { get; init; }

    public bool Delivered => Status is >= 200 and < 300;
}

/// <summary>A thread-safe, append-only log of web hook callbacks; enumerating works on a snapshot.</summary>
public sealed class MockWebHookDeliveryLog : IReadOnlyCollection<MockWebHookDelivery>
{
    private readonly Lock _gate = new();
    private readonly List<MockWebHookDelivery> _entries = [];

    public int Count
    {
        get
        {
            lock (_gate)
            {
                return _entries.Count;
            }
        }
    }

    public IReadOnlyList<MockWebHookDelivery> Snapshot()
    {
        lock (_gate)
        {
            return [.. _entries];
        }
    }

    public void Clear()
    {
        lock (_gate)
        {
            _entries.Clear();
        }
    }

    /// <summary>Waits until a logged delivery matches (polling every 20 ms); throws TimeoutException after <paramref name="timeout"/>.</summary>
    public async Task<MockWebHookDelivery> WaitForAsync(Func<MockWebHookDelivery, bool> match, TimeSpan timeout, CancellationToken ct = default)
    {
        var deadline = DateTimeOffset.UtcNow + timeout;
        while (true)
        {
            if (Snapshot().FirstOrDefault(match) is { } found)
            {
                return found;
            }

            if (DateTimeOffset.UtcNow >= deadline)
            {
                throw new TimeoutException($"No matching web hook delivery within {timeout}. Logged: {string.Join(", ", Snapshot().Select(d => d.EventKind))}.");
            }

            await Task.Delay(20, ct);
        }
    }

    public IEnumerator<MockWebHookDelivery> GetEnumerator() => Snapshot().GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    internal void Add(MockWebHookDelivery entry)
    {
        lock (_gate)
        {
            _entries.Add(entry);
        }
    }
}
