using System;
using System.Collections;
using System.Collections.Generic;

namespace SpeechCustom.Infrastructure
{
    /// <summary>What the custom speech cmdlets share beyond <see cref="ResourceCmdletHelpers"/>: page sizes, custom properties.</summary>
    internal static class CsrCmdletHelpers
    {
        /// <summary>The service's page size (its default is 100 too); smaller when -First asks for fewer.</summary>
        private const int PageSize = 100;

        /// <summary>-CustomProperty @{ key = 'value' } as the API's string map.</summary>
        public static IDictionary<string, string>? ToDictionary(Hashtable? table)
        {
            if (table is null)
                return null;
            var result = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (DictionaryEntry entry in table)
                result[entry.Key?.ToString() ?? string.Empty] = entry.Value?.ToString() ?? string.Empty;
            return result;
        }

        /// <summary>How many items a page should hold: -First when it is smaller than a full page, so no more is sent than is wanted.</summary>
        public static int Top(this SpeechCmdlet cmdlet)
        {
            var first = cmdlet.PagingParameters?.First ?? ulong.MaxValue;
            return first > 0 && first < PageSize ? (int)first : PageSize;
        }
    }
}
