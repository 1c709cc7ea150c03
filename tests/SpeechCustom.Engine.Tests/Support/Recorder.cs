using System.Collections.Concurrent;
using SpeechCustom.Engine.Operations;

namespace SpeechCustom.Engine.Tests.Support;

/// <summary>Records what a poller reports.</summary>
public sealed class Recorder : IWaitObserver
{
    public ConcurrentQueue<(WaitTarget Target, string? From, string To)> Changes { get; } = new();

    public ConcurrentQueue<PollResult> Finished { get; } = new();

    public void OnStatusChanged(WaitTarget target, string? previousStatus, string status) => Changes.Enqueue((target, previousStatus, status));

    public void OnFinished(WaitTarget target, PollResult result) => Finished.Enqueue(result);
}
