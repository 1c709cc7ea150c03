using System.Management.Automation;

namespace SpeechCustom.Infrastructure
{
    /// <summary>
    /// -Skip and -First over results that are not read page by page from the service (a whole report, the newest base
    /// model of each locale): one window over everything the cmdlet writes, across all its input.
    /// </summary>
    internal sealed class PagingWindow
    {
        private ulong toSkip;
        private ulong remaining;

        public PagingWindow(PagingParameters? paging)
        {
            toSkip = paging?.Skip ?? 0;
            remaining = paging?.First ?? ulong.MaxValue;
        }

        /// <summary>No more items will be taken: stop reading.</summary>
        public bool Full => remaining == 0;

        /// <summary>Whether to write this item (false while skipping, and once -First is reached).</summary>
        public bool Take()
        {
            if (toSkip > 0)
            {
                toSkip--;
                return false;
            }
            if (remaining == 0)
                return false;
            remaining--;
            return true;
        }
    }
}
