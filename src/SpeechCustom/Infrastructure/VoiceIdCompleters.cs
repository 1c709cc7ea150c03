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
using SpeechCustom.Engine.Paging;

namespace SpeechCustom.Infrastructure
{
    /// <summary>
    /// Tab completion of the ids of existing custom voice resources, read from the connected resource (a list call of at
    /// most 3 seconds, cached for 20 seconds), narrowed to the -ProjectId already typed. Completion never fails a
    /// command: without a connection, or when the service does not answer, it offers nothing.
    /// </summary>
    public abstract class VoiceIdCompleter : IArgumentCompleter
    {
        private static readonly ConcurrentDictionary<string, (DateTime At, IReadOnlyList<(string Id, string Tip)> Items)> Cache =
            new ConcurrentDictionary<string, (DateTime, IReadOnlyList<(string, string)>)>(StringComparer.Ordinal);

        /// <summary>Whether the list can be narrowed by a -ProjectId already given.</summary>
        protected virtual bool FiltersByProject => true;

        public IEnumerable<CompletionResult> CompleteArgument(string commandName, string parameterName, string wordToComplete, CommandAst commandAst, IDictionary fakeBoundParameters)
        {
            var projectId = FiltersByProject && fakeBoundParameters?["ProjectId"] is string p && !string.IsNullOrWhiteSpace(p) ? p : null;
            var prefix = (wordToComplete ?? string.Empty).Trim('\'', '"');
            return Items(projectId)
                .Where(i => i.Id.StartsWith(prefix, StringComparison.OrdinalIgnoreCase))
                .Select(i => new CompletionResult(Quote(i.Id), i.Id, CompletionResultType.ParameterValue, i.Tip));
        }

        // The connection is passed as object: this public class is loaded by PowerShell before the module initializer
        // has taught the runtime where the engine is, so its virtual members must not name engine types.
        internal abstract Task<IReadOnlyList<(string Id, string Tip)>> ListAsync(object connection, string? filter, CancellationToken cancellationToken);

        internal static async Task<IReadOnlyList<(string Id, string Tip)>> ReadAllAsync<T>(PageStream<T> pages, Func<T, (string, string)> describe, CancellationToken cancellationToken)
        {
            var items = new List<(string, string)>();
            while (items.Count < 500 && await pages.NextPageAsync(cancellationToken).ConfigureAwait(false) is { } page)
                items.AddRange(page.Select(describe));
            return items;
        }

        private IReadOnlyList<(string Id, string Tip)> Items(string? projectId)
        {
            SpeechContext? context;
            try
            {
                context = ContextStore.Current ?? ContextStore.FromEnvironmentVariables();
            }
            catch (Engine.Errors.SpeechException)
            {
                return Array.Empty<(string, string)>();
            }
            if (context is null)
                return Array.Empty<(string, string)>();

            var key = $"{GetType().Name}|{context.Endpoint}|{context.GetHashCode()}|{projectId}";
            if (Cache.TryGetValue(key, out var cached) && DateTime.UtcNow - cached.At < TimeSpan.FromSeconds(20))
                return cached.Items;
            try
            {
                using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(3));
                var filter = projectId is null ? null : new FilterBuilder().Equal("projectId", projectId).Build();
                var items = Task.Run(() => ListAsync(context, filter, timeout.Token)).GetAwaiter().GetResult();
                Cache[key] = (DateTime.UtcNow, items);
                return items;
            }
            catch (Exception e) when (e is OperationCanceledException || e is Engine.Errors.SpeechException)
            {
                return Array.Empty<(string, string)>();
            }
        }

        private static string Quote(string id) => id.IndexOfAny(new[] { ' ', '\'', '$', '`', ';' }) >= 0 ? "'" + id.Replace("'", "''") + "'" : id;
    }

    public sealed class VoiceProjectIdCompleter : VoiceIdCompleter
    {
        protected override bool FiltersByProject => false;

        internal override Task<IReadOnlyList<(string Id, string Tip)>> ListAsync(object connection, string? filter, CancellationToken cancellationToken)
            => ReadAllAsync(((SpeechContext)connection).CustomVoice.ListProjects(filter, null, 100), p => (p.Id, $"{p.Kind} {p.Locale} {p.Description}".Trim()), cancellationToken);
    }

    public sealed class VoiceConsentIdCompleter : VoiceIdCompleter
    {
        internal override Task<IReadOnlyList<(string Id, string Tip)>> ListAsync(object connection, string? filter, CancellationToken cancellationToken)
            => ReadAllAsync(((SpeechContext)connection).CustomVoice.ListConsents(filter, null, 100), c => (c.Id, $"{c.VoiceTalentName} ({c.Locale}, project {c.ProjectId}) {c.Status}"), cancellationToken);
    }

    public sealed class TrainingSetIdCompleter : VoiceIdCompleter
    {
        internal override Task<IReadOnlyList<(string Id, string Tip)>> ListAsync(object connection, string? filter, CancellationToken cancellationToken)
            => ReadAllAsync(((SpeechContext)connection).CustomVoice.ListTrainingSets(filter, null, 100), t => (t.Id, $"{t.Locale}, project {t.ProjectId}, {t.Properties?.UtteranceCount ?? 0} utterances, {t.Status}"), cancellationToken);
    }

    public sealed class VoiceModelIdCompleter : VoiceIdCompleter
    {
        internal override Task<IReadOnlyList<(string Id, string Tip)>> ListAsync(object connection, string? filter, CancellationToken cancellationToken)
            => ReadAllAsync(((SpeechContext)connection).CustomVoice.ListModels(filter, null, 100), m => (m.Id, $"{m.VoiceName} ({m.Recipe?.Kind}, project {m.ProjectId}) {m.Status}"), cancellationToken);
    }

    public sealed class VoiceEndpointIdCompleter : VoiceIdCompleter
    {
        internal override Task<IReadOnlyList<(string Id, string Tip)>> ListAsync(object connection, string? filter, CancellationToken cancellationToken)
            => ReadAllAsync(((SpeechContext)connection).CustomVoice.ListEndpoints(filter, null, 100), e => (e.Id, $"{e.DisplayName} model {e.ModelId} {e.Status}".Trim()), cancellationToken);
    }

    public sealed class PersonalVoiceIdCompleter : VoiceIdCompleter
    {
        internal override Task<IReadOnlyList<(string Id, string Tip)>> ListAsync(object connection, string? filter, CancellationToken cancellationToken)
            => ReadAllAsync(((SpeechContext)connection).CustomVoice.ListPersonalVoices(filter, null, 100), v => (v.Id, $"project {v.ProjectId}, consent {v.ConsentId}, {v.Status}"), cancellationToken);
    }

    /// <summary>Tab completion of fixed value lists that are strings rather than enums (they may grow on the service).</summary>
    public sealed class RecipeKindCompleter : IArgumentCompleter
    {
        public IEnumerable<CompletionResult> CompleteArgument(string commandName, string parameterName, string wordToComplete, CommandAst commandAst, IDictionary fakeBoundParameters)
            => Engine.CustomVoice.CustomVoiceClient.RecipeKinds
                .Where(k => k.StartsWith(wordToComplete ?? string.Empty, StringComparison.OrdinalIgnoreCase))
                .Select(k => new CompletionResult(k, k, CompletionResultType.ParameterValue, k));
    }
}
