namespace SpeechCustom.Engine.Operations
{
    /// <summary>Told about every status change and every finished item. Called from worker threads: implementations queue, never block.</summary>
    public interface IWaitObserver
    {
        void OnStatusChanged(WaitTarget target, string? previousStatus, string status);

        void OnFinished(WaitTarget target, PollResult result);
    }
}
