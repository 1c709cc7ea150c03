using SpeechCustom.MockServer.Failures;

namespace SpeechCustom.MockServer.Lifecycle;

/// <summary>Where a piece of work stands at a moment.</summary>
internal readonly record struct WorkState(string Status, DateTimeOffset EnteredAt, bool IsTerminal, FailureReason? Failure)
{
    public bool IsFailed => Failure is not null;

    /// <summary>The Operation status enum (NotStarted, Running, Succeeded, Failed) for this state.</summary>
    public string OperationStatus => IsFailed ? ResourceStatus.Failed
        : IsTerminal ? ResourceStatus.Succeeded
        : Status == ResourceStatus.NotStarted ? ResourceStatus.NotStarted
        : ResourceStatus.Running;
}

/// <summary>
/// Simulated long-running work. Its status is computed from the clock on every read (no timers), with the step
/// length captured at start so a settings change never moves existing work backwards. Whether it fails is decided
/// once, the first time the end is observed, so failures registered after creation still apply.
/// </summary>
internal sealed class LongRunningWork
{
    private readonly WorkPhase[] _plan;
    private readonly Lazy<FailureReason?> _failure;

    public LongRunningWork(DateTimeOffset start, TimeSpan step, WorkPhase[] plan, Func<FailureReason?> decideFailure)
    {
        Start = start;
        Step = step < TimeSpan.Zero ? TimeSpan.Zero : step;
        _plan = plan;
        _failure = new Lazy<FailureReason?>(decideFailure, LazyThreadSafetyMode.ExecutionAndPublication);
    }

    public DateTimeOffset Start { get; }

    public TimeSpan Step { get; }

    public WorkState StateAt(DateTimeOffset now)
    {
        var index = 0;
        for (var i = 1; i < _plan.Length; i++)
        {
            if (now >= EnteredAt(_plan[i]))
            {
                index = i;
            }
        }

        var phase = _plan[index];
        if (index < _plan.Length - 1)
        {
            return new WorkState(phase.Status, EnteredAt(phase), IsTerminal: false, Failure: null);
        }

        var failure = _failure.Value;
        return new WorkState(failure is null ? phase.Status : ResourceStatus.Failed, EnteredAt(phase), IsTerminal: true, failure);
    }

    private DateTimeOffset EnteredAt(WorkPhase phase) => Start + (Step * phase.AfterSteps);
}
