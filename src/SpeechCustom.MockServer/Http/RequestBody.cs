using System.Text.Json;
using System.Text.Json.Nodes;

namespace SpeechCustom.MockServer.Http;

/// <summary>
/// The request body, read once by the recording middleware and kept as bytes: the request log needs its text,
/// Operation-Id replay compares it byte for byte, and handlers parse it (JSON, form) from the same copy.
/// </summary>
internal static class RequestBody
{
    private static readonly object ItemKey = new();

    public static async Task BufferAsync(HttpContext context)
    {
        using var copy = new MemoryStream();
        await context.Request.Body.CopyToAsync(copy, context.RequestAborted);
        var bytes = copy.ToArray();
        context.Items[ItemKey] = bytes;
        context.Request.Body = new MemoryStream(bytes, writable: false);
    }

    public static byte[] Bytes(HttpContext context) =>
        context.Items.TryGetValue(ItemKey, out var value) && value is byte[] bytes ? bytes : [];

    /// <summary>The body as a JSON object (property names case-insensitive), or an <see cref="InvalidBodyException"/>.</summary>
    public static JsonObject JsonObject(HttpContext context)
    {
        var bytes = Bytes(context);
        if (bytes.Length == 0)
        {
            throw new InvalidBodyException("The request body is required.");
        }

        JsonNode? node;
        try
        {
            node = JsonNode.Parse(bytes, JsonDefaults.NodeOptions);
        }
        catch (JsonException ex)
        {
            throw new InvalidBodyException($"The request body is not valid JSON: {ex.Message}");
        }

        return node as JsonObject ?? throw new InvalidBodyException("The request body must be a JSON object.");
    }

    /// <summary>The body as a JSON array (for block lists), or an <see cref="InvalidBodyException"/>.</summary>
    public static JsonArray JsonArray(HttpContext context)
    {
        var bytes = Bytes(context);
        try
        {
            return JsonNode.Parse(bytes, JsonDefaults.NodeOptions) as JsonArray
                ?? throw new InvalidBodyException("The request body must be a JSON array.");
        }
        catch (JsonException ex)
        {
            throw new InvalidBodyException($"The request body is not valid JSON: {ex.Message}");
        }
    }
}
