namespace SpeechCustom.Engine.Diagnostics
{
    /// <summary>
    /// Where the engine reports what it is doing. The cmdlet layer implements it by queueing lines for the
    /// pipeline thread (Verbose/Debug/Warning streams); tests implement it with a list.
    /// Implementations must be thread-safe: requests run concurrently.
    /// </summary>
    public interface IEngineLog
    {
        /// <summary>Whether Debug lines are wanted (HTTP traces are only built when they are).</summary>
        bool IsDebugEnabled { get; }

        void Verbose(string message);

        void Debug(string message);

        void Warning(string message);
    }
}
