using System.Globalization;
using System.Text;

namespace SpeechCustom.MockServer.Querying;

/// <summary>
/// Parses the OData-like list filter of both APIs, e.g. <c>kind eq 'Acoustic' and createdDateTime ge 2024-01-01T00:00:00Z</c>
/// or <c>status eq 'NotStarted' or status eq 'Running'</c>. Strings are single-quoted ('' escapes a quote) and compared
/// case-insensitively; timestamps may be bare or quoted. Precedence: not, and, or; parentheses group.
/// </summary>
internal sealed class FilterParser
{
    private readonly List<Token> _tokens;
    private readonly FilterGrammar _grammar;
    private int _position;

    private FilterParser(List<Token> tokens, FilterGrammar grammar)
    {
        _tokens = tokens;
        _grammar = grammar;
    }

    private enum TokenKind
    {
        Word,
        Text,
        Open,
        Close,
    }

    /// <summary>A predicate for the filter; an empty or missing filter matches everything.</summary>
    public static FilterPredicate Parse(string? filter, FilterGrammar grammar)
    {
        if (string.IsNullOrWhiteSpace(filter))
        {
            return _ => true;
        }

        var parser = new FilterParser(Tokenize(filter), grammar);
        var predicate = parser.ParseOr();
        if (parser._position < parser._tokens.Count)
        {
            throw new FilterSyntaxException($"Unexpected '{parser._tokens[parser._position].Value}' in the filter.");
        }

        return predicate;
    }

    private FilterPredicate ParseOr()
    {
        var left = ParseAnd();
        while (TryKeyword("or"))
        {
            RequireOrAndNot("or");
            var first = left;
            var second = ParseAnd();
            left = item => first(item) || second(item);
        }

        return left;
    }

    private FilterPredicate ParseAnd()
    {
        var left = ParseUnary();
        while (TryKeyword("and"))
        {
            var first = left;
            var second = ParseUnary();
            left = item => first(item) && second(item);
        }

        return left;
    }

    private FilterPredicate ParseUnary()
    {
        if (TryKeyword("not"))
        {
            RequireOrAndNot("not");
            var inner = ParseUnary();
            return item => !inner(item);
        }

        if (Peek()?.Kind == TokenKind.Open)
        {
            _position++;
            var inner = ParseOr();
            if (Next("')'").Kind != TokenKind.Close)
            {
                throw new FilterSyntaxException("A ')' is missing in the filter.");
            }

            return inner;
        }

        return ParseComparison();
    }

    private FilterPredicate ParseComparison()
    {
        var propertyToken = Next("a property name");
        if (propertyToken.Kind != TokenKind.Word || !_grammar.Properties.TryGetValue(propertyToken.Value, out var kind))
        {
            throw new FilterSyntaxException(
                $"The property '{propertyToken.Value}' cannot be used in a filter. Supported: {string.Join(", ", _grammar.Properties.Keys)}.");
        }

        var property = _grammar.Properties.Keys.First(k => string.Equals(k, propertyToken.Value, StringComparison.OrdinalIgnoreCase));
        var op = Next("an operator").Value.ToLowerInvariant();
        var value = Next("a value");
        return kind == FilterValueKind.Text ? TextComparison(property, op, value) : DateComparison(property, op, value);
    }

    private static FilterPredicate TextComparison(string property, string op, Token value)
    {
        if (op is not ("eq" or "ne"))
        {
            throw new FilterSyntaxException($"The operator '{op}' cannot be used with '{property}'; use eq or ne.");
        }

        string? expected = value.Kind == TokenKind.Text ? value.Value
            : value.Kind == TokenKind.Word && value.Value == "null" ? null
            : throw new FilterSyntaxException($"The value for '{property}' must be a quoted string, e.g. {property} eq 'value'.");
        var equal = op == "eq";
        return item => string.Equals(item(property) as string, expected, StringComparison.OrdinalIgnoreCase) == equal;
    }

    private static FilterPredicate DateComparison(string property, string op, Token value)
    {
        if (value.Kind is not (TokenKind.Word or TokenKind.Text)
            || !DateTimeOffset.TryParse(value.Value, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var expected))
        {
            throw new FilterSyntaxException($"The value '{value.Value}' for '{property}' is not an ISO 8601 timestamp.");
        }

        Func<int, bool> test = op switch
        {
            "eq" => c => c == 0,
            "ne" => c => c != 0,
            "gt" => c => c > 0,
            "ge" => c => c >= 0,
            "lt" => c => c < 0,
            "le" => c => c <= 0,
            _ => throw new FilterSyntaxException($"The operator '{op}' is not supported; use eq, ne, gt, ge, lt or le."),
        };
        return item => item(property) is DateTimeOffset actual && test(actual.CompareTo(expected));
    }

    private void RequireOrAndNot(string keyword)
    {
        if (!_grammar.AllowOrAndNot)
        {
            throw new FilterSyntaxException($"The operator '{keyword}' is not supported in this filter; combine conditions with 'and'.");
        }
    }

    private bool TryKeyword(string keyword)
    {
        if (Peek() is { Kind: TokenKind.Word } token && string.Equals(token.Value, keyword, StringComparison.OrdinalIgnoreCase))
        {
            _position++;
            return true;
        }

        return false;
    }

    private Token? Peek() => _position < _tokens.Count ? _tokens[_position] : null;

    private Token Next(string expected) =>
        _position < _tokens.Count ? _tokens[_position++] : throw new FilterSyntaxException($"The filter ends where {expected} was expected.");

    private static List<Token> Tokenize(string filter)
    {
        var tokens = new List<Token>();
        var i = 0;
        while (i < filter.Length)
        {
            var c = filter[i];
            if (char.IsWhiteSpace(c))
            {
                i++;
            }
            else if (c is '(' or ')')
            {
                tokens.Add(new Token(c == '(' ? TokenKind.Open : TokenKind.Close, c.ToString()));
                i++;
            }
            else if (c == '\'')
            {
                tokens.Add(new Token(TokenKind.Text, ReadQuoted(filter, ref i)));
            }
            else
            {
                var start = i;
                while (i < filter.Length && !char.IsWhiteSpace(filter[i]) && filter[i] is not ('(' or ')' or '\''))
                {
                    i++;
                }

                tokens.Add(new Token(TokenKind.Word, filter[start..i]));
            }
        }

        return tokens;
    }

    private static string ReadQuoted(string filter, ref int i)
    {
        var text = new StringBuilder();
        i++; // opening quote
        while (i < filter.Length)
        {
            if (filter[i] == '\'')
            {
                if (i + 1 < filter.Length && filter[i + 1] == '\'')
                {
                    text.Append('\'');
                    i += 2;
                    continue;
                }

                i++;
                return text.ToString();
            }

            text.Append(filter[i++]);
        }

        throw new FilterSyntaxException("A quoted string in the filter is not closed.");
    }

    private sealed record Token(TokenKind Kind, string Value);
}
