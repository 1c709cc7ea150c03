using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using SpeechCustom.MockServer.Http;

namespace SpeechCustom.MockServer.SpeechToText;

/// <summary>Validation of the fields every speech-to-text entity shares (displayName, locale, customProperties, refs).</summary>
internal static partial class SttFields
{
    private const int MaxCustomProperties = 10;
    private const int MaxCustomPropertyKeyLength = 64;
    private const int MaxCustomPropertyValueLength = 256;

    public static string Locale(JsonObject body)
    {
        var locale = body.RequiredString("locale");
        return LocalePattern().IsMatch(locale)
            ? locale
            : throw InvalidFieldException.Invalid("locale", $"'{locale}' is not a BCP-47 locale such as en-US.");
    }

    /// <summary>customProperties: at most 10 string values, keys up to 64 and values up to 256 characters.</summary>
    public static Dictionary<string, string>? CustomProperties(JsonObject body)
    {
        var map = body.OptionalObject("customProperties");
        if (map is null)
        {
            return null;
        }

        if (map.Count > MaxCustomProperties)
        {
            throw InvalidFieldException.Invalid("customProperties", $"at most {MaxCustomProperties} entries are allowed; {map.Count} were given.");
        }

        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (key, value) in map)
        {
            if (key.Length > MaxCustomPropertyKeyLength)
            {
                throw InvalidFieldException.Invalid("customProperties", $"the key '{key}' is longer than {MaxCustomPropertyKeyLength} characters.");
            }

            if (value is not JsonValue text || text.GetValueKind() != JsonValueKind.String)
            {
                throw InvalidFieldException.Invalid("customProperties", $"the value of '{key}' must be a string.");
            }

            if (text.GetValue<string>().Length > MaxCustomPropertyValueLength)
            {
                throw InvalidFieldException.Invalid("customProperties", $"the value of '{key}' is longer than {MaxCustomPropertyValueLength} characters.");
            }

            result[key] = text.GetValue<string>();
        }

        return result;
    }

    /// <summary>The id in an EntityReference {"self":"https://.../projects/{id}[?api-version=...]"}, or null when absent.</summary>
    public static Guid? ReferenceId(JsonObject body, string name)
    {
        var reference = body.OptionalObject(name);
        if (reference is null)
        {
            return null;
        }

        var self = reference.OptionalString("self", $"{name}.self") ?? throw InvalidFieldException.Missing($"{name}.self");
        if (!Uri.TryCreate(self, UriKind.Absolute, out var uri) || !Guid.TryParse(uri.Segments[^1].TrimEnd('/'), out var id))
        {
            throw InvalidFieldException.Invalid($"{name}.self", $"'{self}' is not the URL of an entity.");
        }

        return id;
    }

    /// <summary>An EntityReference as id plus URL path (to tell /models/base/{id} from /models/{id}), or null when absent.</summary>
    public static SttReference? Reference(JsonObject body, string name, string? path = null)
    {
        path ??= name;
        var reference = body.OptionalObject(name, path);
        if (reference is null)
        {
            return null;
        }

        var self = reference.OptionalString("self", $"{path}.self") ?? throw InvalidFieldException.Missing($"{path}.self");
        return SttReference.Parse(self, $"{path}.self");
    }

    /// <summary>An ISO 8601 duration (timeToLive, "P2D", "PT12H") of at most 31 days; InvalidTimeToLive otherwise.</summary>
    public static TimeSpan? TimeToLive(JsonObject body, string name, string path)
    {
        var text = body.OptionalString(name, path);
        if (text is null)
        {
            return null;
        }

        TimeSpan value;
        try
        {
            value = System.Xml.XmlConvert.ToTimeSpan(text);
        }
        catch (FormatException)
        {
            throw SttErrors.InvalidRequest("InvalidTimeToLive", $"'{text}' is not an ISO 8601 duration such as P2D or PT12H.", path);
        }

        return value < TimeSpan.Zero || value > TimeSpan.FromDays(31)
            ? throw SttErrors.InvalidRequest("InvalidTimeToLive", $"The time to live '{text}' must be between 0 and 31 days (P31D).", path)
            : value;
    }

    [GeneratedRegex("^[a-zA-Z]{2,3}(-[a-zA-Z0-9]{2,8}){1,2}$")]
    private static partial Regex LocalePattern();
}
