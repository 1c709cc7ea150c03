using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;

namespace SpeechCustom.Engine.Paging
{
    /// <summary>
    /// A list that is read one page at a time, following the service's next link verbatim. Callers emit each page
    /// before asking for the next, so the first objects reach the pipeline while later pages are still unread, and
    /// nothing more is requested once the caller has enough (-First, Select-Object -First).
    /// </summary>
    public sealed class PageStream<T>
    {
        private readonly Func<Uri, CancellationToken, Task<Page<T>>> fetch;
        private Uri? next;

        internal PageStream(Uri first, Func<Uri, CancellationToken, Task<Page<T>>> fetch)
        {
            next = first;
            this.fetch = fetch;
        }

        public int PagesRequested { get; private set; }

        public bool HasMore => next != null;

        /// <summary>The next page, or null when the list is exhausted.</summary>
        public async Task<IReadOnlyList<T>?> NextPageAsync(CancellationToken cancellationToken)
        {
            if (next is null)
                return null;
            PagesRequested++;
            var page = await fetch(next, cancellationToken).ConfigureAwait(false);
            next = page.NextLink;
            return page.Items;
        }
    }

    internal sealed class Page<T>
    {
        public Page(IReadOnlyList<T> items, Uri? nextLink)
        {
            Items = items;
            NextLink = nextLink;
        }

        public IReadOnlyList<T> Items { get; }

        public Uri? NextLink { get; }
    }
}
