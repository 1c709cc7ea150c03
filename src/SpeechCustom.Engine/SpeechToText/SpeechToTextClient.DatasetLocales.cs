using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Azure.Core;
using SpeechCustom.Engine.Json;
using SpeechCustom.Engine.Models.SpeechToText;

namespace SpeechCustom.Engine.SpeechToText
{
    public sealed partial class SpeechToTextClient
    {
        /// <summary>
        /// GET /datasets/locales as one object per locale with its dataset kinds. The version decides the shape: v3.x answers
        /// locale → kinds, later versions kind → locales. Guessing from the keys would flip the reading as soon as the
        /// service adds a kind (DatasetKind is an open string enum), turning every locale into a kind.
        /// </summary>
        public async Task<IReadOnlyList<CsrDatasetLocale>> ListDatasetLocalesAsync(CancellationToken cancellationToken)
        {
            var result = await caller.SendAsync<object, Dictionary<string, List<string>>>(RequestMethod.Get, Url("datasets/locales"), null, null,
                CustomSpeechJsonContext.Default.DictionaryStringListString, null, cancellationToken).ConfigureAwait(false);
            return DatasetLocalesOf(result.Value ?? new Dictionary<string, List<string>>(), byKind: !IsPathVersioned);
        }

        internal static IReadOnlyList<CsrDatasetLocale> DatasetLocalesOf(IDictionary<string, List<string>> map, bool byKind)
        {
            var pairs = byKind
                ? map.SelectMany(e => e.Value.Select(locale => (Locale: locale, Kind: e.Key)))
                : map.SelectMany(e => e.Value.Select(kind => (Locale: e.Key, Kind: kind)));
            return pairs
                .GroupBy(p => p.Locale, StringComparer.OrdinalIgnoreCase)
                .OrderBy(g => g.Key, StringComparer.OrdinalIgnoreCase)
                .Select(g => new CsrDatasetLocale
                {
                    Locale = g.First().Locale,
                    Kinds = g.Select(p => p.Kind).Distinct(StringComparer.OrdinalIgnoreCase)
                        .OrderBy(k => Array.FindIndex(DatasetKinds, d => string.Equals(d, k, StringComparison.OrdinalIgnoreCase)) is var i && i < 0 ? int.MaxValue : i)
                        .ToList(),
                })
                .ToList();
        }
    }
}
