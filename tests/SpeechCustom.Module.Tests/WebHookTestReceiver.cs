using System.Collections.Concurrent;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace SpeechCustom.Module.Tests;

/// <summary>
/// A web hook receiver as a user would run one: Kestrel on 127.0.0.1 with a port the OS picks. It answers the service's
/// challenge (200 with the validationToken) and keeps every callback exactly as received: event header, signature header,
/// raw body bytes.
/// </summary>
public sealed class WebHookTestReceiver : IAsyncDisposable
{
    private readonly WebApplication app;
    private readonly ConcurrentQueue<ReceivedCallback> received = new();
    private readonly SemaphoreSlim arrived = new(0);

    private WebHookTestReceiver(WebApplication app, Uri url)
    {
        this.app = app;
        Url = url;
    }

    /// <summary>The URL to register, e.g. http://127.0.0.1:41234/speech/callbacks.</summary>
    public Uri Url { get; }

    public IReadOnlyList<ReceivedCallback> Callbacks => received.ToList();

    public static async Task<WebHookTestReceiver> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var app = builder.Build();
        WebHookTestReceiver? receiver = null;
        app.MapPost("/speech/callbacks", async (HttpContext context) =>
        {
            using var body = new MemoryStream();
            await context.Request.Body.CopyToAsync(body);
            var token = context.Request.Query["validationToken"].ToString();
            receiver!.Add(new ReceivedCallback(
                context.Request.Headers["X-MicrosoftSpeechServices-Event"].ToString(),
                context.Request.Headers.TryGetValue("X-MicrosoftSpeechServices-Signature", out var signature) ? signature.ToString() : null,
                body.ToArray(),
                token.Length == 0 ? null : token));
            return token.Length == 0 ? Results.Ok() : Results.Text(token, "text/plain");
        });
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First();
        receiver = new WebHookTestReceiver(app, new Uri(new Uri(address), "/speech/callbacks"));
        return receiver;
    }

    /// <summary>Waits for a callback matching <paramref name="match"/> (already received or arriving later); fails after <paramref name="timeout"/>.</summary>
    public async Task<ReceivedCallback> WaitForAsync(Func<ReceivedCallback, bool> match, TimeSpan timeout, string what)
    {
        using var cancel = new CancellationTokenSource(timeout);
        while (true)
        {
            if (received.FirstOrDefault(match) is { } found)
                return found;
            try
            {
                await arrived.WaitAsync(cancel.Token);
            }
            catch (OperationCanceledException)
            {
                throw new TimeoutException($"No {what} callback arrived; received: {string.Join(", ", received.Select(c => c.Event))}");
            }
        }
    }

    public async ValueTask DisposeAsync()
    {
        await app.StopAsync();
        await app.DisposeAsync();
    }

    private void Add(ReceivedCallback callback)
    {
        received.Enqueue(callback);
        arrived.Release();
    }
}

/// <summary>One POST the service made to the receiver.</summary>
public sealed record ReceivedCallback(string Event, string? Signature, byte[] Body, string? ValidationToken)
{
    public string BodyText => System.Text.Encoding.UTF8.GetString(Body);
}
