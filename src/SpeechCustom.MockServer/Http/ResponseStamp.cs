namespace SpeechCustom.MockServer.Http;

/// <summary>Headers every response carries, success or error (re-applied when a fault replaces a response).</summary>
internal static class ResponseStamp
{
    public static void Apply(HttpContext context) =>
        context.Response.Headers["apim-request-id"] = Guid.NewGuid().ToString();
}
