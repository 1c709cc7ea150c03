using SpeechCustom.MockServer.Blobs;
using SpeechCustom.MockServer.CustomVoice;
using SpeechCustom.MockServer.Failures;
using SpeechCustom.MockServer.Lifecycle;
using SpeechCustom.MockServer.SpeechToText;
using SpeechCustom.MockServer.SpeechToText.WebHooks;

namespace SpeechCustom.MockServer.Hosting;

/// <summary>Everything one mock server instance holds; a singleton in its service provider.</summary>
internal sealed class MockServerState
{
    public MockServerState(MockServerOptions options)
    {
        Options = options;
        WebHooks = new WebHookDispatcher(this);
    }

    public MockServerOptions Options { get; }

    /// <summary>Sends web hook callbacks (challenge, ping, entity events) and runs the status ticker.</summary>
    public WebHookDispatcher WebHooks { get; }

    /// <summary>Every web hook callback sent (or attempted).</summary>
    public MockWebHookDeliveryLog WebHookDeliveries { get; } = new();

    public TimeProvider Clock { get; } = TimeProvider.System;

    /// <summary>The plain HTTP endpoint, set once the server listens.</summary>
    public Uri? PublicEndpoint { get; set; }

    public MockRequestLog Requests { get; } = new();

    public MockRequestLog TokenRequests { get; } = new();

    /// <summary>Every request to the blob route /_blobs (content URLs), with its headers.</summary>
    public MockRequestLog BlobRequests { get; } = new();

    public MockBlobStore Blobs { get; } = new();

    /// <summary>Outbound HTTP of the server itself (web hook callbacks, model copy to a target in another process).</summary>
    public HttpClient Outbound { get; } = new(new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(1) }) { Timeout = TimeSpan.FromSeconds(10) };

    public MockFaults Faults { get; } = new();

    public MockFailures Failures { get; } = new();

    public CustomVoiceStore CustomVoice { get; } = new();

    public SpeechToTextStore SpeechToText { get; } = new(TimeProvider.System.GetUtcNow());

    /// <summary>Starts simulated work now, with the current step length; it fails if <see cref="Failures"/> says so for any target.</summary>
    public LongRunningWork StartWork(DateTimeOffset start, WorkPhase[] plan, FailureKind kind, params string?[] failureTargets) =>
        new(start, Options.StepDuration, plan, () => Failures.Match(kind, failureTargets));

    /// <summary>Work whose failure is decided by the caller (when its end is first observed).</summary>
    public LongRunningWork StartWork(DateTimeOffset start, WorkPhase[] plan, Func<FailureReason?> decideFailure) =>
        new(start, Options.StepDuration, plan, decideFailure);

    /// <summary>Work that cannot fail (endpoint suspend and resume).</summary>
    public LongRunningWork StartInfallibleWork(DateTimeOffset start, WorkPhase[] plan) =>
        new(start, Options.StepDuration, plan, () => null);

    /// <summary>A new entity: remembers its status for the web hook ticker and sends its Creation event. Callers hold the store lock.</summary>
    public void Announce(SttEntity entity, DateTimeOffset now)
    {
        entity.AnnouncedStatus = entity.StateAt(now).Status;
        WebHooks.Notify(SpeechToText, entity, "Creation", now);
    }

    /// <summary>A deleted entity: sends its Deletion event. Callers hold the store lock.</summary>
    public void AnnounceDeletion(SttEntity entity, SttRequest request)
    {
        WebHooks.Notify(SpeechToText, entity, "Deletion", request.Now);
    }

    /// <summary>POST /_mock/reset: forget every resource, operation, fault, failure and logged request. Settings stay.</summary>
    public void Reset()
    {
        CustomVoice.Clear();
        SpeechToText.Clear();
        Faults.Clear();
        Failures.Clear();
        Requests.Clear();
        TokenRequests.Clear();
        BlobRequests.Clear();
        WebHookDeliveries.Clear();
        Blobs.Clear();
    }
}
