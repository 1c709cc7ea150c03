using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using SpeechCustom.Engine.Connection;
using SpeechCustom.Engine.Paging;

namespace SpeechCustom.Infrastructure
{
    /// <summary>The three shapes every resource cmdlet shares: get by ids, list with a filter, remove with confirmation.</summary>
    internal static class ResourceCmdletHelpers
    {
        /// <summary>Reads each id (checked locally first) and writes what it finds; a missing one is a non-terminating error.</summary>
        public static void GetEach<T>(this SpeechServiceCmdlet cmdlet, IEnumerable<string> ids, Func<string, string> check,
            Func<SpeechContext, string, CancellationToken, Task<T>> get)
        {
            foreach (var id in ids)
            {
                if (!cmdlet.Checked(() => check(id), id))
                    continue;
                var context = cmdlet.ResolveContext(id);
                cmdlet.Run(async ct => cmdlet.Emit(await get(context, id, ct).ConfigureAwait(false)), id);
            }
        }

        /// <summary>Streams a list, page by page, honouring -First/-Skip; <paramref name="buildFilter"/> may reject bad input.</summary>
        /// <param name="origin">What the list belongs to (a piped project, an entity's id), whose connection is used.</param>
        public static void WriteList<T>(this SpeechServiceCmdlet cmdlet, Func<string?> buildFilter,
            Func<SpeechContext, string?, int?, PageStream<T>> list, object? filterTarget = null, object? origin = null)
            => cmdlet.WriteList(() => new ListFilter(buildFilter(), null), list, filterTarget, origin);

        /// <summary>
        /// Streams a list whose filter is split between the service and this side (<see cref="ListFilter"/>); -Skip goes to the
        /// service only when it applies the whole filter.
        /// </summary>
        public static void WriteList<T>(this SpeechServiceCmdlet cmdlet, Func<ListFilter> buildFilter,
            Func<SpeechContext, string?, int?, PageStream<T>> list, object? filterTarget = null, object? origin = null)
        {
            ListFilter? filter = null;
            if (!cmdlet.Checked(() => filter = buildFilter(), filterTarget))
                return;
            var context = cmdlet.ResolveContext(origin);
            var skip = cmdlet.PagingParameters?.Skip ?? 0;
            var local = filter!.Keep;
            int? serverSkip = local is null && skip > 0 ? (int)Math.Min(skip, int.MaxValue) : (int?)null;
            cmdlet.Run(ct => PagedOutput.WriteAsync(cmdlet, list(context, filter.Server, serverSkip), ct,
                local is null ? null : new Func<T, bool>(item => local(item!)), local is null ? 0 : skip));
        }

        /// <summary>Deletes each id after confirmation (ConfirmImpact High; -Force skips the prompt).</summary>
        public static void RemoveEach(this SpeechServiceCmdlet cmdlet, IEnumerable<string> ids, string what, bool force, Func<string, string> check,
            Func<SpeechContext, string, CancellationToken, Task> delete, string action = "Remove")
        {
            foreach (var id in ids)
            {
                if (!cmdlet.Checked(() => check(id), id))
                    continue;
                var context = cmdlet.ResolveContext(id);
                if (!cmdlet.Approve($"{what} '{id}'", action, force))
                    continue;
                if (cmdlet.Run(ct => delete(context, id, ct), id))
                    cmdlet.WriteVerbose($"Removed {what} '{id}'.");
            }
        }
    }
}
