using System.Collections.Concurrent;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text;
using System.Threading.Channels;
using SpeechCustom.MockServer.Hosting;
using SpeechCustom.MockServer.Http;
using SpeechCustom.MockServer.Lifecycle;

namespace SpeechCustom.MockServer.SpeechToText.WebHooks;

/// <summary>
/// Sends web hook callbacks as real HTTP POSTs from the mock, never blocking an API request:
/// <list type="bullet">
/// <item>each hook has its own ordered queue (challenge first, then events in the order they happened), drained by a
/// background task; a post is retried twice (after 200 and 600 ms) when there is no answer, or 408, 429, 5xx;</item>
/// <item>the challenge (at registration and URL change) posts ?validationToken=... with event Challenge; the hook is
/// Succeeded when the answer is 200 with the token as body, else Failed, and then gets no callbacks;</item>
/// <item>entity events: Creation and Deletion are queued by the API handlers; Processing and Completion by a ticker
/// that looks at every entity's (lazily computed) status every 100 ms and announces changes;</item>
/// <item>with a secret, X-MicrosoftSpeechServices-Signature = Base64(HMAC-SHA256(UTF-8 secret, body bytes)).</item>
/// </list>
/// Every attempt ends up in <see cref="MockServerState.WebHookDeliveries"/>.
/// </summary>
internal sealed class WebHookDispatcher(MockServerState state)
{
    public const string EventHeader = "X-MicrosoftSpeechServices-Event";
    public const string SignatureHeader = "X-MicrosoftSpeechServices-Signature";
    private static readonly TimeSpan TickInterval = TimeSpan.FromMilliseconds(100);
    private static readonly TimeSpan AttemptTimeout = TimeSpan.FromSeconds(5);
    private static readonly TimeSpan[] RetryDelays = [TimeSpan.FromMilliseconds(200), TimeSpan.FromMilliseconds(600)];

    private readonly CancellationTokenSource _stop = new();
    private readonly ConcurrentDictionary<Guid, HookQueue> _queues = new();
    private Task? _ticker;

    private enum ItemKind
    {
        Challenge,
        Ping,
        Event,
    }

    public void Start() => _ticker ??= Task.Run(TickAsync);

    public async Task StopAsync()
    {
        await _stop.CancelAsync();
        foreach (var queue in _queues.Values)
        {
            queue.Items.Writer.TryComplete();
        }

        var running = _queues.Values.Select(q => q.Consumer).Append(_ticker ?? Task.CompletedTask);
        try
        {
            await Task.WhenAll(running).WaitAsync(TimeSpan.FromSeconds(3));
        }
        catch (Exception ex) when (ex is OperationCanceledException or TimeoutException)
        {
            // Stopping: unfinished deliveries are abandoned.
        }
    }

    /// <summary>Queues the challenge of a new hook or a hook whose URL changed. Callers hold the store lock.</summary>
    public void Challenge(SttWebHook hook) => Enqueue(hook.Id, new Item(ItemKind.Challenge, "challenge", null, null, hook.Generation));

    /// <summary>Queues a Ping whose body is the hook as GET shows it. Callers hold the store lock.</summary>
    public void Ping(SttWebHook hook, DateTimeOffset now) =>
        Enqueue(hook.Id, new Item(ItemKind.Ping, "ping", JsonDefaults.Serialize(hook.ToJson(SttRequest.For(hook.ApiVersion, hook.Origin, now))), null, hook.Generation));

    /// <summary>Queues "{entity}{suffix}" (e.g. transcriptionCompletion) for every hook registered for it. Callers hold the store lock.</summary>
    public void Notify(SpeechToTextStore store, SttEntity entity, string suffix, DateTimeOffset now)
    {
        if (entity.IsHidden)
        {
            return;
        }

        var name = WebHookEventNames.For(entity.EntityType, suffix);
        foreach (var hook in store.WebHooks.Values.Where(h => h.Status != ResourceStatus.Failed && h.Events.Contains(name)))
        {
            Send(hook, entity, name, now);
        }
    }

    /// <summary>:test — one callback per registered entity event, about the newest entity of that kind; false when there is none at all.</summary>
    public bool Test(SpeechToTextStore store, SttWebHook hook, DateTimeOffset now)
    {
        var sent = false;
        foreach (var type in Enum.GetValues<SttEntityType>())
        {
            var latest = store.Entities().LastOrDefault(e => e.EntityType == type && !e.IsHidden);
            if (latest is null)
            {
                continue;
            }

            foreach (var suffix in new[] { "Creation", "Processing", "Completion", "Deletion" })
            {
                var name = WebHookEventNames.For(type, suffix);
                if (hook.Events.Contains(name))
                {
                    Send(hook, latest, name, now);
                    sent = true;
                }
            }
        }

        return sent;
    }

    private void Send(SttWebHook hook, SttEntity entity, string name, DateTimeOffset now)
    {
        var self = SttRequest.For(hook.ApiVersion, hook.Origin, now).EntityUrl(entity.Collection, entity.Id);
        var body = JsonDefaults.Serialize(new Notification(self, Guid.NewGuid().ToString()));
        Enqueue(hook.Id, new Item(ItemKind.Event, name, body, self, hook.Generation));
    }

    private void Enqueue(Guid hookId, Item item)
    {
        if (_stop.IsCancellationRequested)
        {
            return;
        }

        _queues.GetOrAdd(hookId, id => new HookQueue(id, this)).Items.Writer.TryWrite(item);
    }

    /// <summary>Announces status changes: Running → Processing; Succeeded/Failed → (Processing if skipped) Completion.</summary>
    private async Task TickAsync()
    {
        using var timer = new PeriodicTimer(TickInterval);
        try
        {
            while (await timer.WaitForNextTickAsync(_stop.Token))
            {
                var store = state.SpeechToText;
                var now = state.Clock.GetUtcNow();
                lock (store.Gate)
                {
                    foreach (var entity in store.Entities().Where(e => !e.IsHidden))
                    {
                        var status = entity.StateAt(now).Status;
                        var previous = entity.AnnouncedStatus;
                        if (status == previous)
                        {
                            continue;
                        }

                        entity.AnnouncedStatus = status;
                        if (status == ResourceStatus.Running)
                        {
                            Notify(store, entity, "Processing", now);
                        }
                        else if (status is ResourceStatus.Succeeded or ResourceStatus.Failed)
                        {
                            if (previous == ResourceStatus.NotStarted)
                            {
                                Notify(store, entity, "Processing", now);
                            }

                            Notify(store, entity, "Completion", now);
                        }
                    }
                }
            }
        }
        catch (OperationCanceledException)
        {
            // Server stopping.
        }
    }

    private async Task ConsumeAsync(Guid hookId, ChannelReader<Item> items)
    {
        try
        {
            await foreach (var item in items.ReadAllAsync(_stop.Token))
            {
                try
                {
                    await ProcessAsync(hookId, item);
                }
                catch (Exception ex) when (ex is not OperationCanceledException)
                {
                    state.WebHookDeliveries.Add(new MockWebHookDelivery
                    {
                        WebHookId = hookId,
                        EventKind = WebHookEventNames.Header(item.Name),
                        Url = "",
                        Body = item.Body is null ? "" : Encoding.UTF8.GetString(item.Body),
                        Headers = new Dictionary<string, string>(),
                        Error = $"The mock failed to send the callback: {ex.Message}",
                        Time = state.Clock.GetUtcNow(),
                        EntitySelf = item.EntitySelf,
                    });
                }
            }
        }
        catch (OperationCanceledException)
        {
            // Server stopping.
        }
    }

    private async Task ProcessAsync(Guid hookId, Item item)
    {
        string url;
        string? secret;
        string status;
        int generation;
        byte[] body;
        var store = state.SpeechToText;
        lock (store.Gate)
        {
            if (!store.WebHooks.TryGetValue(hookId, out var hook))
            {
                return;
            }

            url = hook.WebUrl;
            secret = hook.Secret;
            status = hook.Status;
            generation = hook.Generation;
            body = item.Body ?? JsonDefaults.Serialize(hook.ToJson(SttRequest.For(hook.ApiVersion, hook.Origin, state.Clock.GetUtcNow())));
        }

        var header = WebHookEventNames.Header(item.Name);
        if (item.Kind == ItemKind.Challenge)
        {
            if (item.Generation != generation)
            {
                return; // the URL changed again; a newer challenge is queued
            }

            var token = Guid.NewGuid().ToString("N");
            var challengeUrl = $"{url}{(url.Contains('?', StringComparison.Ordinal) ? '&' : '?')}validationToken={token}";
            var result = await PostAsync(hookId, header, challengeUrl, body, secret, null);
            var echoed = result.Status == 200 && result.ResponseBody?.Trim().Trim('"') == token;
            lock (store.Gate)
            {
                if (store.WebHooks.TryGetValue(hookId, out var hook) && hook.Generation == item.Generation)
                {
                    hook.Status = echoed ? ResourceStatus.Succeeded : ResourceStatus.Failed;
                    hook.LastActionAt = Timestamps.ToSeconds(state.Clock.GetUtcNow());
                    hook.Error = echoed ? null : new EntityError("InvalidCallbackUri", result.Status is { } code
                        ? $"The web hook URL did not answer the challenge: it returned {code}{(code == 200 ? " without the validationToken as the body" : "")}; answer 200 with the value of the validationToken query parameter as the body."
                        : $"The web hook URL could not be reached for the challenge: {result.Error}");
                }
            }

            return;
        }

        if (status == ResourceStatus.Failed)
        {
            state.WebHookDeliveries.Add(new MockWebHookDelivery
            {
                WebHookId = hookId,
                EventKind = header,
                Url = url,
                Body = Encoding.UTF8.GetString(body),
                Headers = new Dictionary<string, string>(),
                Error = "Not sent: the web hook's challenge failed, so it receives no callbacks until its URL is changed and validated.",
                Time = state.Clock.GetUtcNow(),
                EntitySelf = item.EntitySelf,
            });
            return;
        }

        await PostAsync(hookId, header, url, body, secret, item.EntitySelf);
    }

    private async Task<MockWebHookDelivery> PostAsync(Guid hookId, string eventKind, string url, byte[] body, string? secret, string? entitySelf)
    {
        var headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
        {
            ["Content-Type"] = "application/json; charset=utf-8",
            [EventHeader] = eventKind,
        };
        if (!string.IsNullOrEmpty(secret))
        {
            headers[SignatureHeader] = Convert.ToBase64String(HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), body));
        }

        int? status = null;
        string? responseBody = null;
        string? error = null;
        var attempts = 0;
        while (true)
        {
            attempts++;
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(_stop.Token);
            timeout.CancelAfter(AttemptTimeout);
            try
            {
                using var request = new HttpRequestMessage(HttpMethod.Post, url) { Content = new ByteArrayContent(body) };
                request.Content.Headers.ContentType = MediaTypeHeaderValue.Parse(headers["Content-Type"]);
                request.Headers.TryAddWithoutValidation(EventHeader, eventKind);
                if (headers.TryGetValue(SignatureHeader, out var signature))
                {
                    request.Headers.TryAddWithoutValidation(SignatureHeader, signature);
                }

                using var response = await state.Outbound.SendAsync(request, timeout.Token);
                status = (int)response.StatusCode;
                var text = await response.Content.ReadAsStringAsync(timeout.Token);
                responseBody = text.Length > 4096 ? text[..4096] : text;
                error = status is >= 200 and < 300 ? null : $"The web hook URL answered {status}.";
            }
            catch (Exception ex) when (ex is HttpRequestException || (ex is OperationCanceledException && !_stop.IsCancellationRequested))
            {
                status = null;
                responseBody = null;
                error = ex is OperationCanceledException ? $"No answer within {AttemptTimeout.TotalSeconds} seconds." : ex.Message;
            }

            var retry = status is null or 408 or 429 or >= 500;
            if (!retry || attempts > RetryDelays.Length)
            {
                break;
            }

            await Task.Delay(RetryDelays[attempts - 1], _stop.Token);
        }

        var delivery = new MockWebHookDelivery
        {
            WebHookId = hookId,
            EventKind = eventKind,
            Url = url,
            Body = Encoding.UTF8.GetString(body),
            Headers = headers,
            Status = status,
            ResponseBody = responseBody,
            Error = error,
            Attempts = attempts,
            Time = state.Clock.GetUtcNow(),
            EntitySelf = entitySelf,
        };
        state.WebHookDeliveries.Add(delivery);
        return delivery;
    }

    private sealed record Item(ItemKind Kind, string Name, byte[]? Body, string? EntitySelf, int Generation);

    private sealed record Notification(string Self, string InvocationId);

    private sealed class HookQueue
    {
        public HookQueue(Guid hookId, WebHookDispatcher dispatcher)
        {
            Consumer = Task.Run(() => dispatcher.ConsumeAsync(hookId, Items.Reader));
        }

        public Channel<Item> Items { get; } = Channel.CreateUnbounded<Item>(new UnboundedChannelOptions { SingleReader = true });

        public Task Consumer { get; }
    }
}
