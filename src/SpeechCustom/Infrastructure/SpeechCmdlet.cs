using System;
using System.Management.Automation;
using System.Threading;
using System.Threading.Tasks;
using SpeechCustom.Engine.Diagnostics;

namespace SpeechCustom.Infrastructure
{
    /// <summary>
    /// Base of every cmdlet: runs async engine work while pumping its output on the pipeline thread, stops it
    /// within a second of Ctrl+C (StopProcessing cancels the token every await observes), routes the engine's log
    /// to this invocation's streams, and turns engine errors into ErrorRecords.
    /// </summary>
    public abstract class SpeechCmdlet : PSCmdlet, IDisposable
    {
        private readonly CancellationTokenSource stopping = new CancellationTokenSource();
        private PipelineDispatcher? dispatcher;

        /// <summary>Cancelled when the user presses Ctrl+C or the pipeline stops.</summary>
        protected CancellationToken StopToken => stopping.Token;

        internal PipelineDispatcher Dispatcher => dispatcher ??= new PipelineDispatcher();

        internal CancellationToken StopTokenForWait => stopping.Token;

        internal bool DebugWanted => IsDebugWanted();

        public void Dispose()
        {
            stopping.Dispose();
            GC.SuppressFinalize(this);
        }

        protected override void StopProcessing() => stopping.Cancel();

        /// <summary>
        /// Runs <paramref name="work"/> on the thread pool and, on the pipeline thread, writes what it posts until it ends.
        /// Engine errors become non-terminating errors (the next pipeline input is still processed) unless
        /// <paramref name="terminating"/>.
        /// </summary>
        /// <returns>Whether the work succeeded (false when its error was written).</returns>
        internal bool Run(Func<CancellationToken, Task> work, object? errorTarget = null, Action? tick = null, bool terminating = false)
        {
            var log = new CmdletEngineLog(this, Dispatcher, IsDebugWanted());
            var task = Task.Run(async () =>
            {
                using (EngineLog.Use(log))
                    await work(stopping.Token).ConfigureAwait(false);
            });
            try
            {
                Dispatcher.PumpUntil(task, tick);
            }
            catch
            {
                // Downstream stopped us (Select-Object -First) or a write failed: end the work too.
                stopping.Cancel();
                throw;
            }

            if (stopping.IsCancellationRequested)
                throw new PipelineStoppedException();
            if (task.IsFaulted)
            {
                var record = ErrorRecords.From(task.Exception!.GetBaseException(), errorTarget);
                if (terminating)
                    ThrowTerminatingError(record);
                WriteError(record);
                return false;
            }
            return true;
        }

        /// <summary>
        /// Runs local input checks (pipeline thread). On bad input writes a non-terminating error about
        /// <paramref name="target"/> and returns false, so the caller sends nothing for this record.
        /// </summary>
        /// <summary>
        /// A PowerShell path (relative, ~, PSDrive) as a file system path. A value no provider can resolve (a URL, an
        /// unknown drive) is a non-terminating error naming the parameter, so the rest of the input still goes on.
        /// </summary>
        internal bool TryLocalPath(string path, string parameter, string? urlParameter, out string fullPath)
        {
            fullPath = string.Empty;
            try
            {
                fullPath = SessionState.Path.GetUnresolvedProviderPathFromPSPath(path);
                return true;
            }
            catch (Exception e) when (e is SessionStateException || e is ProviderInvocationException || e is NotSupportedException || e is ArgumentException || e is PSInvalidOperationException)
            {
                var isUrl = Uri.TryCreate(path, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp);
                var hint = isUrl && urlParameter != null ? $" -{parameter} takes a local file; give a URL with -{urlParameter}." : string.Empty;
                WriteError(ErrorRecords.From(new Engine.Errors.SpeechInputException("InvalidPath",
                    $"'{Engine.Diagnostics.SecretRedactor.RedactSasUrl(path)}' given to -{parameter} is not a file system path: {Engine.Diagnostics.SecretRedactor.Redact(e.Message)}{hint}", parameter), path));
                return false;
            }
        }

        internal bool Checked(Action check, object? target)
        {
            try
            {
                check();
                return true;
            }
            catch (Engine.Errors.SpeechException e)
            {
                WriteError(ErrorRecords.From(e, target));
                return false;
            }
        }

        /// <summary>
        /// ShouldProcess for destructive actions, where -Force means "do not ask": with -Force (and no explicit -Confirm)
        /// the action runs without a prompt, but -WhatIf still only reports it.
        /// </summary>
        internal bool Approve(string target, string action, bool force)
        {
            if (force && !MyInvocation.BoundParameters.ContainsKey("Confirm") && !IsWhatIf())
                return true;
            return ShouldProcess(target, action);
        }

        private bool IsWhatIf()
        {
            if (MyInvocation.BoundParameters.TryGetValue("WhatIf", out var value) && value is SwitchParameter whatIf)
                return whatIf.IsPresent;
            return GetVariableValue("WhatIfPreference") is SwitchParameter preference ? preference.IsPresent : GetVariableValue("WhatIfPreference") is bool b && b;
        }

        /// <summary>Queues an object for the pipeline (safe from worker threads).</summary>
        internal void Emit(object? value) => Dispatcher.Post(() => WriteObject(OutputTypes.Decorate(value)));

        internal void EmitVerbose(string message) => Dispatcher.Post(() => WriteVerbose(SecretRedactor.Redact(message)));

        internal void EmitWarning(string message) => Dispatcher.Post(() => WriteWarning(SecretRedactor.Redact(message)));

        internal void EmitError(Exception exception, object? target = null) => Dispatcher.Post(() => WriteError(ErrorRecords.From(exception, target)));

        /// <summary>Writes an engine object now, with its PowerShell type name (pipeline thread only).</summary>
        protected void WriteSpeechObject(object? value) => WriteObject(OutputTypes.Decorate(value));

        private bool IsDebugWanted()
        {
            if (MyInvocation.BoundParameters.TryGetValue("Debug", out var debug) && debug is SwitchParameter sw)
                return sw.IsPresent;
            return GetVariableValue("DebugPreference") is ActionPreference action
                && action != ActionPreference.SilentlyContinue && action != ActionPreference.Ignore;
        }
    }
}
