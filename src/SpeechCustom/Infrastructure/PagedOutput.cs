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
        public static async Task WriteAsync<T>(SpeechCmdlet cmdlet, PageStream<T> pages, CancellationToken cancellationToken)
        {
            var paging = cmdlet.PagingParameters;
            var remaining = paging?.First ?? ulong.MaxValue;
            ulong written = 0;
            while (remaining > 0)
            {
                var page = await pages.NextPageAsync(cancellationToken).ConfigureAwait(false);
                if (page is null)
                    break;
                foreach (var item in page)
                {
                    if (remaining == 0)
                        break;
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
                var accuracy = pages.HasMore ? 0.0 : 1.0;
                cmdlet.Dispatcher.Post(() => cmdlet.WriteObject(paging.NewTotalCount(written + (paging.Skip), accuracy)));
            }
        }
    }
}
