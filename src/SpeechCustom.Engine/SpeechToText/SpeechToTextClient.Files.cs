using System;
using System.Threading;
using System.Threading.Tasks;
using Azure.Core;
using SpeechCustom.Engine.Json;
using SpeechCustom.Engine.Models.SpeechToText;
using SpeechCustom.Engine.Paging;
using SpeechCustom.Engine.Validation;

namespace SpeechCustom.Engine.SpeechToText
{
    public sealed partial class SpeechToTextClient
    {
        /// <summary>
        /// GET /{collection}/{id}/files: the files of a dataset, model, evaluation or transcription, page by page.
        /// <paramref name="sasLifetime"/> sets how long the content URLs stay valid (sasValidityInSeconds / sasLifetimeMinutes).
        /// </summary>
        public PageStream<CsrFile> ListFiles(string collection, string id, string? filter, TimeSpan? sasLifetime, int? skip = null, int? top = null)
        {
            var guid = InputRules.GuidOf(id, "Id");
            var first = Url($"{collection}/{guid}/files", SasLifetime(sasLifetime), QueryString.Pair("skip", skip), QueryString.Pair("top", top), QueryString.Pair("filter", filter));
            return new PageStream<CsrFile>(first, async (uri, ct) =>
            {
                var result = await caller.SendAsync<object, SpeechToTextPage<CsrFile>>(RequestMethod.Get, uri, null, null, SpeechJsonContext.Default.SpeechToTextPageCsrFile, null, ct).ConfigureAwait(false);
                var items = (result.Value?.Values ?? new System.Collections.Generic.List<CsrFile>()).ConvertAll(f => Stamp(f));
                var next = string.IsNullOrEmpty(result.Value?.NextLink) ? null : new Uri(result.Value!.NextLink!);
                return new Page<CsrFile>(items, next);
            });
        }
    }
}
