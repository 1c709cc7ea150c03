using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Azure.Core;
using SpeechCustom.Engine.Json;
using SpeechCustom.Engine.Models.SpeechToText;
using SpeechCustom.Engine.Paging;
using SpeechCustom.Engine.Validation;

namespace SpeechCustom.Engine.SpeechToText
{
    /// <summary>
    /// Custom and base models: read, list, update, delete, manifests. Reading a model by id, listing the resource's own
    /// models and using a model warn about deprecation dates that are near; listing the service's base models does not
    /// (a locale has dozens of old ones; their dates are columns of the view), only using one does.
    /// </summary>
    public sealed partial class SpeechToTextClient
    {
        public async Task<CsrModel> GetModelAsync(string id, CancellationToken cancellationToken)
        {
            var model = (await GetEntityAsync("models", id, CustomSpeechJsonContext.Default.CsrModel, cancellationToken).ConfigureAwait(false)).Value;
            CsrDeprecation.Warn(model);
            return model;
        }

        /// <summary>GET /models, or GET /projects/{id}/models when <paramref name="project"/> is given.</summary>
        public PageStream<CsrModel> ListModels(string? filter, int? skip, int? top, string? project = null)
            => Observe(project is null
                ? List("models", filter, skip, top, CustomSpeechJsonContext.Default.SpeechToTextPageCsrModel)
                : ListOfProject(project, "models", filter, skip, top, CustomSpeechJsonContext.Default.SpeechToTextPageCsrModel), m => CsrDeprecation.Warn(m));

        public CsrEntityUpdate CheckModelUpdate(CsrEntityUpdate update) => CheckEntityUpdate(update);

        public Task<CsrModel> UpdateModelAsync(string id, CsrEntityUpdate update, CancellationToken cancellationToken)
            => UpdateEntityAsync("models", id, CheckModelUpdate(update), CustomSpeechJsonContext.Default.CsrEntityUpdate, CustomSpeechJsonContext.Default.CsrModel, cancellationToken);

        public Task DeleteModelAsync(string id, CancellationToken cancellationToken) => DeleteEntityAsync("models", id, cancellationToken);

        public async Task<CsrBaseModel> GetBaseModelAsync(string id, CancellationToken cancellationToken)
        {
            var model = (await GetEntityAsync("models/base", id, CustomSpeechJsonContext.Default.CsrBaseModel, cancellationToken).ConfigureAwait(false)).Value;
            CsrDeprecation.Warn(model);
            return model;
        }

        public PageStream<CsrBaseModel> ListBaseModels(string? filter, int? skip, int? top)
            => List("models/base", filter, skip, top, CustomSpeechJsonContext.Default.SpeechToTextPageCsrBaseModel);

        /// <summary>The newest base model of each locale (by creation date), from the whole filtered list.</summary>
        public async Task<IReadOnlyList<CsrBaseModel>> ListLatestBaseModelsAsync(string? filter, CancellationToken cancellationToken)
        {
            var all = new List<CsrBaseModel>();
            var pages = List("models/base", filter, null, null, CustomSpeechJsonContext.Default.SpeechToTextPageCsrBaseModel);
            while (await pages.NextPageAsync(cancellationToken).ConfigureAwait(false) is { } page)
                all.AddRange(page);
            var latest = all
                .GroupBy(m => m.Locale ?? string.Empty, StringComparer.OrdinalIgnoreCase)
                .Select(g => g.OrderBy(m => m.CreatedDateTime ?? DateTimeOffset.MinValue).Last())
                .OrderBy(m => m.Locale, StringComparer.OrdinalIgnoreCase)
                .ToList();
            foreach (var model in latest)
                CsrDeprecation.Warn(model);
            return latest;
        }

        /// <summary>
        /// GET /models[/base]/{id}/manifest: what a speech container needs. 2024-11-15 and later require a SAS lifetime, so
        /// one is always sent there (12 hours unless given); v3.x sends one only when given.
        /// </summary>
        public async Task<CsrModelManifest> GetModelManifestAsync(SttEntity model, TimeSpan? sasLifetime, CancellationToken cancellationToken)
        {
            if (sasLifetime.HasValue && sasLifetime.Value <= TimeSpan.Zero)
                throw new Errors.SpeechInputException("InvalidSasLifetime", "-SasLifetime must be longer than zero.", "SasLifetime");
            var lifetime = sasLifetime ?? (IsPathVersioned ? (TimeSpan?)null : TimeSpan.FromHours(12));
            var url = Url($"{model.Collection}/{InputRules.GuidOf(model.Id, "Id")}/manifest", SasLifetime(lifetime));
            var result = await caller.SendAsync<object, CsrModelManifest>(RequestMethod.Get, url, null, null, CustomSpeechJsonContext.Default.CsrModelManifest, null, cancellationToken).ConfigureAwait(false);
            return Stamp(Required(result.Value, "manifest"));
        }

        /// <summary>A model by id or URL, custom first, then base (what Get-CsrModelManifest and New-CsrEvaluation take).</summary>
        public Task<SttEntity> FindModelAsync(object reference, string parameter, CancellationToken cancellationToken)
            => ResolveAnyModelAsync(reference, parameter, cancellationToken);

        /// <summary>Passes every item of a list through <paramref name="onItem"/> as its page is read (for warnings).</summary>
        private static PageStream<T> Observe<T>(PageStream<T> inner, Action<T> onItem)
        {
            var next = new Uri("about:next-page");
            return new PageStream<T>(next, async (_, ct) =>
            {
                var items = await inner.NextPageAsync(ct).ConfigureAwait(false) ?? (IReadOnlyList<T>)Array.Empty<T>();
                foreach (var item in items)
                    onItem(item);
                return new Page<T>(items, inner.HasMore ? next : null);
            });
        }
    }
}
