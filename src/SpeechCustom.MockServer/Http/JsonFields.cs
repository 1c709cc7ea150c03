using System.Text.Json;
using System.Text.Json.Nodes;

namespace SpeechCustom.MockServer.Http;

/// <summary>
/// Typed reads of request JSON that fail with an <see cref="InvalidFieldException"/> naming the field
/// (<paramref name="path"/> is the dotted name used in messages, e.g. "audios.containerUrl").
/// Unknown properties are ignored, as the services do.
/// </summary>
internal static class JsonFields
{
    public static string? OptionalString(this JsonObject body, string name, string? path = null, int minLength = 0)
    {
        path ??= name;
        var node = body[name];
        if (node is null)
        {
            return null;
        }

        if (node is not JsonValue value || value.GetValueKind() != JsonValueKind.String)
        {
            throw InvalidFieldException.Invalid(path, "a string is expected.");
        }

        var text = value.GetValue<string>();
        if (text.Length < minLength)
        {
            throw InvalidFieldException.Invalid(path, $"at least {minLength} character(s) are expected.");
        }

        return text;
    }

    public static string RequiredString(this JsonObject body, string name, string? path = null)
    {
        var text = body.OptionalString(name, path);
        return string.IsNullOrEmpty(text) ? throw InvalidFieldException.Missing(path ?? name) : text;
    }

    public static JsonObject? OptionalObject(this JsonObject body, string name, string? path = null)
    {
        var node = body[name];
        return node switch
        {
            null => null,
            JsonObject obj => obj,
            _ => throw InvalidFieldException.Invalid(path ?? name, "an object is expected."),
        };
    }

    public static JsonObject RequiredObject(this JsonObject body, string name, string? path = null) =>
        body.OptionalObject(name, path) ?? throw InvalidFieldException.Missing(path ?? name);

    public static JsonArray? OptionalArray(this JsonObject body, string name, string? path = null)
    {
        var node = body[name];
        return node switch
        {
            null => null,
            JsonArray array => array,
            _ => throw InvalidFieldException.Invalid(path ?? name, "an array is expected."),
        };
    }

    public static bool? OptionalBool(this JsonObject body, string name, string? path = null)
    {
        var node = body[name];
        if (node is null)
        {
            return null;
        }

        return node is JsonValue value && value.GetValueKind() is JsonValueKind.True or JsonValueKind.False
            ? value.GetValue<bool>()
            : throw InvalidFieldException.Invalid(path ?? name, "true or false is expected.");
    }

    public static int? OptionalInt(this JsonObject body, string name, string? path = null)
    {
        var node = body[name];
        if (node is null)
        {
            return null;
        }

        return node is JsonValue value && value.TryGetValue<int>(out var number)
            ? number
            : throw InvalidFieldException.Invalid(path ?? name, "an integer is expected.");
    }

    /// <summary>Every element must be a non-empty string.</summary>
    public static IReadOnlyList<string>? OptionalStringArray(this JsonObject body, string name, string? path = null)
    {
        var array = body.OptionalArray(name, path);
        if (array is null)
        {
            return null;
        }

        var items = new List<string>(array.Count);
        foreach (var item in array)
        {
            if (item is not JsonValue value || value.GetValueKind() != JsonValueKind.String || value.GetValue<string>().Length == 0)
            {
                throw InvalidFieldException.Invalid(path ?? name, "an array of non-empty strings is expected.");
            }

            items.Add(value.GetValue<string>());
        }

        return items;
    }

    /// <summary>An absolute http(s) URL, or an error naming the field.</summary>
    public static Uri? OptionalHttpUrl(this JsonObject body, string name, string? path = null)
    {
        var text = body.OptionalString(name, path);
        return text is null ? null : HttpUrls.Require(text, path ?? name);
    }
}

/// <summary>URL checks shared by JSON bodies and form fields.</summary>
internal static class HttpUrls
{
    public static Uri Require(string text, string field) =>
        Uri.TryCreate(text, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp)
            ? uri
            : throw InvalidFieldException.Invalid(field, "an absolute http or https URL is expected.");
}
