namespace SpeechCustom.MockServer.Querying;

/// <summary>Whether a filterable property holds text (eq, ne) or a timestamp (eq, ne, gt, ge, lt, le).</summary>
internal enum FilterValueKind
{
    Text,
    Date,
}

/// <summary>What one list operation's filter accepts: its properties and which logical operators.</summary>
internal sealed class FilterGrammar
{
    public FilterGrammar(IEnumerable<(string Name, FilterValueKind Kind)> properties, bool allowOrAndNot)
    {
        Properties = properties.ToDictionary(p => p.Name, p => p.Kind, StringComparer.OrdinalIgnoreCase);
        AllowOrAndNot = allowOrAndNot;
    }

    /// <summary>Property name (matched case-insensitively, passed on as declared) to value kind.</summary>
    public IReadOnlyDictionary<string, FilterValueKind> Properties { get; }

    /// <summary>Speech to text documents and, or, not; custom voice only documents single conditions (and is accepted).</summary>
    public bool AllowOrAndNot { get; }
}

/// <summary>Reads a property of a listed item: a string, a DateTimeOffset, or null when the item has none.</summary>
internal delegate object? FilterFieldReader(string property);

/// <summary>A parsed filter.</summary>
internal delegate bool FilterPredicate(FilterFieldReader item);

/// <summary>The filter text is not valid for the grammar.</summary>
internal sealed class FilterSyntaxException(string message) : Exception(message);
