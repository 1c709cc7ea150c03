using SpeechCustom.MockServer.CustomVoice;
using SpeechCustom.MockServer.Failures;
using SpeechCustom.MockServer.Lifecycle;
using SpeechCustom.MockServer.SpeechToText;

namespace SpeechCustom.MockServer.Hosting;

/// <summary>Everything one mock server instance holds; a singleton in its service provider.</summary>
internal sealed class MockServerState(MockServerOptions options)
{
    public MockServerOptions Options { get; } = options;

    public TimeProvider Clock { get; } = TimeProvider.System;

    public MockRequestLog Requests { get; } = new();

    public MockRequestLog TokenRequests { get; } = new();

    public MockFaults Faults { get; } = new();

    public MockFailures Failures { get; } = new();

    public CustomVoiceStore CustomVoice { get; } = new();

    public SpeechToTextStore SpeechToText { get; } = new();

    /// <summary>Starts simulated work now, with the current step length; it fails if <see cref="Failures"/> says so for any target.</summary>
    public LongRunningWork StartWork(DateTimeOffset start, WorkPhase[] plan, FailureKind kind, params string?[] failureTargets) =>
        new(start, Options.StepDuration, plan, () => Failures.Match(kind, failureTargets));

    /// <summary>Work that cannot fail (endpoint suspend and resume).</summary>
    public LongRunningWork StartInfallibleWork(DateTimeOffset start, WorkPhase[] plan) =>
        new(start, Options.StepDuration, plan, () => null);

    /// <summary>POST /_mock/reset: forget every resource, operation, fault, failure and logged request. Settings stay.</summary>
    public void Reset()
    {
        CustomVoice.Clear();
        SpeechToText.Clear();
        Faults.Clear();
        Failures.Clear();
        Requests.Clear();
        TokenRequests.Clear();
    }
}
