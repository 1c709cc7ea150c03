using System;
using System.Threading;

namespace SpeechCustom.Engine.Diagnostics
{
    /// <summary>
    /// The log of the current logical call. It flows with async calls (AsyncLocal), so the HTTP pipeline, shared
    /// by every cmdlet of a connection, writes each line to the cmdlet invocation that caused the request.
    /// Every line passes through <see cref="SecretRedactor"/> first.
    /// </summary>
    public static class EngineLog
    {
        private static readonly AsyncLocal<IEngineLog?> CurrentLog = new AsyncLocal<IEngineLog?>();

        public static IEngineLog? Current => CurrentLog.Value;

        /// <summary>Makes <paramref name="log"/> the log of this logical call until the returned scope is disposed.</summary>
        public static IDisposable Use(IEngineLog? log)
        {
            var previous = CurrentLog.Value;
            CurrentLog.Value = log;
            return new Scope(() => CurrentLog.Value = previous);
        }

        public static void Verbose(string message) => CurrentLog.Value?.Verbose(SecretRedactor.Redact(message));

        public static void Debug(string message) => CurrentLog.Value?.Debug(SecretRedactor.Redact(message));

        public static void Warning(string message) => CurrentLog.Value?.Warning(SecretRedactor.Redact(message));

        private sealed class Scope : IDisposable
        {
            private Action? restore;

            public Scope(Action restore) => this.restore = restore;

            public void Dispose()
            {
                restore?.Invoke();
                restore = null;
            }
        }
    }
}
