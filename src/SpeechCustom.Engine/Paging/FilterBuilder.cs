using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;

namespace SpeechCustom.Engine.Paging
{
    /// <summary>
    /// Builds the APIs' filter expressions from convenience parameters (-Kind, -Locale, ...): <c>kind eq 'Acoustic' and locale eq 'en-US'</c>,
    /// combined with a user's own -Filter. String values are quoted with single quotes doubled.
    /// </summary>
    public sealed class FilterBuilder
    {
        private readonly List<string> clauses = new List<string>();

        public FilterBuilder Equal(string property, string? value)
        {
            if (!string.IsNullOrEmpty(value))
                clauses.Add($"{property} eq {Quote(value!)}");
            return this;
        }

        public FilterBuilder Compare(string property, string op, DateTimeOffset? value)
        {
            if (value.HasValue)
                clauses.Add($"{property} {op} {value.Value.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture)}");
            return this;
        }

        public FilterBuilder Raw(string? filter)
        {
            if (!string.IsNullOrWhiteSpace(filter))
                clauses.Add(clauses.Count == 0 ? filter!.Trim() : "(" + filter!.Trim() + ")");
            return this;
        }

        public string? Build() => clauses.Count == 0 ? null : string.Join(" and ", clauses);

        public static string Quote(string value) => "'" + value.Replace("'", "''") + "'";

        public override string ToString() => Build() ?? string.Empty;
    }
}
