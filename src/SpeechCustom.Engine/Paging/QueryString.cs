using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;

namespace SpeechCustom.Engine.Paging
{
    /// <summary>Builds request URLs: base + path + escaped query, skipping empty values.</summary>
    internal static class QueryString
    {
        public static Uri Build(string baseAndPath, IEnumerable<KeyValuePair<string, string?>> query)
        {
            var pairs = query.Where(p => !string.IsNullOrEmpty(p.Value))
                .Select(p => Uri.EscapeDataString(p.Key) + "=" + Uri.EscapeDataString(p.Value!))
                .ToList();
            var text = new StringBuilder(baseAndPath);
            if (pairs.Count > 0)
                text.Append(baseAndPath.IndexOf('?') >= 0 ? '&' : '?').Append(string.Join("&", pairs));
            return new Uri(text.ToString());
        }

        public static KeyValuePair<string, string?> Pair(string name, string? value) => new KeyValuePair<string, string?>(name, value);

        public static KeyValuePair<string, string?> Pair(string name, int? value)
            => new KeyValuePair<string, string?>(name, value?.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }
}
