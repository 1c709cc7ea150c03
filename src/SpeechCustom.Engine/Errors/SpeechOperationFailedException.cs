namespace SpeechCustom.Engine.Errors
{
    /// <summary>A long-running operation ended Failed (or timed out). Code and reason are the service's.</summary>
    public sealed class SpeechOperationFailedException : SpeechException
    {
        public SpeechOperationFailedException(string code, string message, string? target, object? lastKnownState, SpeechErrorCategory category = SpeechErrorCategory.OperationFailed, string? recommendedAction = null)
            : base(code, message, category, target, recommendedAction)
        {
            LastKnownState = lastKnownState;
        }

        /// <summary>The last object read for the item (operation or resource), for the ErrorRecord's TargetObject.</summary>
        public object? LastKnownState { get; }
    }
}
