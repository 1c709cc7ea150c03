using System;
using System.Collections;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using System.Management.Automation.Language;
using System.Threading;
using System.Threading.Tasks;
using SpeechCustom.Engine.Connection;

namespace SpeechCustom.Infrastructure
{
    /// <summary>
    /// Tab completion of locales from the connected resource's locale lists (GET /transcriptions/locales, /endpoints/locales).
    /// They change rarely, so each list is read once per connection (3 seconds at most) and kept for 10 minutes. Completion
    /// never fails a command: without a connection, or when the service does not answer, it offers nothing.
    /// </summary>
    public abstract class SpeechLocaleCompleter : IArgumentCompleter
    {
        private static readonly ConcurrentDictionary<string, (DateTime At, IReadOnlyList<string> Locales)> Cache =
            new ConcurrentDictionary<string, (DateTime, IReadOnlyList<string>)>(StringComparer.Ordinal);

        public IEnumerable<CompletionResult> CompleteArgument(string commandName, string parameterName, string wordToComplete, CommandAst commandAst, IDictionary fakeBoundParameters)
        {
            var prefix = (wordToComplete ?? string.Empty).Trim('\'', '"');
            return Locales()
                .Where(l => l.StartsWith(prefix, StringComparison.OrdinalIgnoreCase))
                .Select(l => new CompletionResult(l, l, CompletionResultType.ParameterValue, l));
        }

        // The connection is passed as object: this public class is loaded by PowerShell before the module initializer has
        // taught the runtime where the engine is, so its virtual members must not name engine types.
        internal abstract Task<IReadOnlyList<string>> ListAsync(object connection, CancellationToken cancellationToken);

        private IReadOnlyList<string> Locales()
        {
            SpeechContext? context;
            try
            {
                context = ContextStore.Current ?? ContextStore.FromEnvironmentVariables();
            }
            catch (Engine.Errors.SpeechException)
            {
                return Array.Empty<string>();
            }
            if (context is null)
                return Array.Empty<string>();

            var key = $"{GetType().Name}|{context.Endpoint}|{context.SpeechToTextApiVersion}|{context.GetHashCode()}";
            if (Cache.TryGetValue(key, out var cached) && DateTime.UtcNow - cached.At < TimeSpan.FromMinutes(10))
                return cached.Locales;
            try
            {
                using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(3));
                var locales = Task.Run(() => ListAsync(context, timeout.Token)).GetAwaiter().GetResult();
                Cache[key] = (DateTime.UtcNow, locales);
                return locales;
            }
            catch (Exception e) when (e is OperationCanceledException || e is Engine.Errors.SpeechException)
            {
                return Array.Empty<string>();
            }
        }
    }

    /// <summary>Locales of batch transcription.</summary>
    public sealed class BatchTranscriptionLocaleCompleter : SpeechLocaleCompleter
    {
        internal override async Task<IReadOnlyList<string>> ListAsync(object connection, CancellationToken cancellationToken)
            => (await ((SpeechContext)connection).SpeechToText.GetTranscriptionLocalesAsync(cancellationToken).ConfigureAwait(false))
                .Where(l => l.Batch).Select(l => l.Locale).ToList();
    }

    /// <summary>Locales of fast transcription.</summary>
    public sealed class FastTranscriptionLocaleCompleter : SpeechLocaleCompleter
    {
        internal override async Task<IReadOnlyList<string>> ListAsync(object connection, CancellationToken cancellationToken)
            => (await ((SpeechContext)connection).SpeechToText.GetTranscriptionLocalesAsync(cancellationToken).ConfigureAwait(false))
                .Where(l => l.Fast).Select(l => l.Locale).ToList();
    }

    /// <summary>Locales custom speech endpoints can be created for.</summary>
    public sealed class EndpointLocaleCompleter : SpeechLocaleCompleter
    {
        internal override Task<IReadOnlyList<string>> ListAsync(object connection, CancellationToken cancellationToken)
            => ((SpeechContext)connection).SpeechToText.GetEndpointLocalesAsync(cancellationToken);
    }

    /// <summary>The web hook events (TranscriptionCompletion, ...) and groups (Transcription, ..., All).</summary>
    public sealed class WebHookEventCompleter : IArgumentCompleter
    {
        public IEnumerable<CompletionResult> CompleteArgument(string commandName, string parameterName, string wordToComplete, CommandAst commandAst, IDictionary fakeBoundParameters)
            => Engine.WebHooks.WebHookEventNames.Completions
                .Where(e => e.StartsWith((wordToComplete ?? string.Empty).Trim('\'', '"'), StringComparison.OrdinalIgnoreCase))
                .Select(e => new CompletionResult(e, e, CompletionResultType.ParameterValue, e));
    }
}
