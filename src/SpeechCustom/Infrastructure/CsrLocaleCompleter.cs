using System;
using System.Collections;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using System.Management.Automation.Language;
using System.Threading;
using System.Threading.Tasks;

namespace SpeechCustom.Infrastructure
{
    /// <summary>
    /// Tab completion of -Locale from the connected resource's supported dataset locales (GET /datasets/locales, at most 3
    /// seconds, cached for 10 minutes per connection: the list changes with service releases, not between commands),
    /// narrowed to the -Kind already typed; the tooltip lists each locale's kinds. Completion never fails a command:
    /// without a connection, or when the service does not answer, it offers nothing.
    /// </summary>
    public sealed class CsrLocaleCompleter : IArgumentCompleter
    {
        private static readonly ConcurrentDictionary<string, (DateTime At, IReadOnlyList<(string Locale, string[] Kinds)> Items)> Cache =
            new ConcurrentDictionary<string, (DateTime, IReadOnlyList<(string, string[])>)>(StringComparer.Ordinal);

        public IEnumerable<CompletionResult> CompleteArgument(string commandName, string parameterName, string wordToComplete, CommandAst commandAst, IDictionary fakeBoundParameters)
        {
            var kind = fakeBoundParameters?["Kind"]?.ToString();
            var prefix = (wordToComplete ?? string.Empty).Trim('\'', '"');
            return Items()
                .Where(i => i.Locale.StartsWith(prefix, StringComparison.OrdinalIgnoreCase))
                .Where(i => string.IsNullOrEmpty(kind) || i.Kinds.Contains(kind, StringComparer.OrdinalIgnoreCase))
                .Select(i => new CompletionResult(i.Locale, i.Locale, CompletionResultType.ParameterValue, string.Join(", ", i.Kinds)));
        }

        private static IReadOnlyList<(string Locale, string[] Kinds)> Items()
        {
            object? connection;
            try
            {
                connection = ContextStore.Current ?? ContextStore.FromEnvironmentVariables();
            }
            catch (Engine.Errors.SpeechException)
            {
                return Array.Empty<(string, string[])>();
            }
            return connection is null ? Array.Empty<(string, string[])>() : Read(connection);
        }

        // Engine types only inside method bodies: this public class is loaded by PowerShell before the module initializer
        // has taught the runtime where the engine is.
        private static IReadOnlyList<(string Locale, string[] Kinds)> Read(object connection)
        {
            var context = (Engine.Connection.SpeechContext)connection;
            var key = $"{context.Endpoint}|{context.SpeechToTextApiVersion}|{context.GetHashCode()}";
            if (Cache.TryGetValue(key, out var cached) && DateTime.UtcNow - cached.At < TimeSpan.FromMinutes(10))
                return cached.Items;
            try
            {
                using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(3));
                var locales = Task.Run(() => context.SpeechToText.ListDatasetLocalesAsync(timeout.Token)).GetAwaiter().GetResult();
                var items = locales.Select(l => (l.Locale, l.Kinds.ToArray())).ToList();
                Cache[key] = (DateTime.UtcNow, items);
                return items;
            }
            catch (Exception e) when (e is OperationCanceledException || e is Engine.Errors.SpeechException)
            {
                return Array.Empty<(string, string[])>();
            }
        }
    }
}
