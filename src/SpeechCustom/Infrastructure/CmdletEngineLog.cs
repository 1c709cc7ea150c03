using SpeechCustom.Engine.Diagnostics;

namespace SpeechCustom.Infrastructure
{
    /// <summary>The engine's log for one cmdlet invocation: lines are queued to that cmdlet's Verbose, Debug and Warning streams.</summary>
    internal sealed class CmdletEngineLog : IEngineLog
    {
        private readonly SpeechCmdlet cmdlet;
        private readonly PipelineDispatcher dispatcher;

        public CmdletEngineLog(SpeechCmdlet cmdlet, PipelineDispatcher dispatcher, bool debugEnabled)
        {
            this.cmdlet = cmdlet;
            this.dispatcher = dispatcher;
            IsDebugEnabled = debugEnabled;
        }

        public bool IsDebugEnabled { get; }

        public void Verbose(string message) => dispatcher.Post(() => cmdlet.WriteVerbose(message));

        public void Debug(string message)
        {
            if (IsDebugEnabled)
                dispatcher.Post(() => cmdlet.WriteDebug(message));
        }

        public void Warning(string message) => dispatcher.Post(() => cmdlet.WriteWarning(message));
    }
}
