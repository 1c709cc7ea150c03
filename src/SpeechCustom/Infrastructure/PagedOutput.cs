using System;
using System.Management.Automation;
using System.Threading;
using System.Threading.Tasks;
using SpeechCustom.Engine.Paging;

namespace SpeechCustom.Infrastructure
{
    /// <summary>
    /// Streams a list into the pipeline page by page, honouring -First (the service already applied -Skip): each page
    /// is written before the next is requested, and no page is requested once -First is satisfied.
    /// </summary>
    internal static class PagedOutput
    {
        /// <param name="keep">Conditions the service was not asked to apply (see VoiceListFilter); items failing them are dropped.</param>
        /// <param name="skipHere">-Skip applied here rather than by the service (when some conditions are applied here).</param>
        public static async Task WriteAsync<T>(SpeechCmdlet cmdlet, PageStream<T> pages, CancellationToken cancellationToken, Func<T, bool>? keep = null, ulong skipHere = 0)
        {
            var paging = cmdlet.PagingParameters;
            var remaining = paging?.First ?? ulong.MaxValue;
            var toSkip = skipHere;
            ulong written = 0;
            var truncated = false;
            while (remaining > 0)
            {
                var page = await pages.NextPageAsync(cancellationToken).ConfigureAwait(false);
                if (page is null)
                    break;
                foreach (var item in page)
                {
                    if (keep != null && !keep(item))
                        continue;
                    if (toSkip > 0)
                    {
                        toSkip--;
                        continue;
                    }
                    if (remaining == 0)
                    {
                        truncated = true;
                        break;
                    }
                    cmdlet.Emit(item);
                    remaining--;
                    written++;
                }
                // Downstream sees this page before the next one is requested.
                await cmdlet.Dispatcher.FlushAsync(cancellationToken).ConfigureAwait(false);
            }
            if (paging?.IncludeTotalCount == true)
            {
                // The APIs return no total; report what was read, marked exact only when the list was read to its end.
                var accuracy = pages.HasMore || truncated ? 0.0 : 1.0;
                cmdlet.Dispatcher.Post(() => cmdlet.WriteObject(paging.NewTotalCount(written + (paging.Skip), accuracy)));
            }
        }
    }
}
