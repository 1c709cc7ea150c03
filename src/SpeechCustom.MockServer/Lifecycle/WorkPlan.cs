namespace SpeechCustom.MockServer.Lifecycle;

/// <summary>A status a piece of work enters after <paramref name="AfterSteps"/> steps from its start.</summary>
internal sealed record WorkPhase(string Status, int AfterSteps);

/// <summary>
/// The phases a kind of work goes through; the last phase is terminal and is replaced by Failed when the work fails.
/// </summary>
internal static class WorkPlan
{
    /// <summary>Creation, training, import, upload: NotStarted for one step, Running for two, then done.</summary>
    public static readonly WorkPhase[] Standard =
        [new(ResourceStatus.NotStarted, 0), new(ResourceStatus.Running, 1), new(ResourceStatus.Succeeded, 3)];

    /// <summary>Endpoint suspend "completes almost immediately": Disabling for one step, then Disabled.</summary>
    public static readonly WorkPhase[] Suspend =
        [new(ResourceStatus.Disabling, 0), new(ResourceStatus.Disabled, 1)];

    /// <summary>Endpoint resume takes about as long as a deployment: Running, then Succeeded.</summary>
    public static readonly WorkPhase[] Resume =
        [new(ResourceStatus.Running, 0), new(ResourceStatus.Succeeded, 3)];
}
