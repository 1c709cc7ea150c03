using Azure.Core;

namespace SpeechCustom.Engine.Http
{
    /// <summary>
    /// Whether sending a request twice can do the work twice. GET/PUT/DELETE/PATCH are idempotent; a POST is only
    /// when it carries an Operation-Id (the service then answers a repeat with the first operation).
    /// </summary>
    internal static class RequestIdempotency
    {
        public const string OperationIdHeader = "Operation-Id";

        public static bool IsIdempotent(Request request)
        {
            if (request.Method != RequestMethod.Post)
                return true;
            return request.Headers.TryGetValue(OperationIdHeader, out var id) && !string.IsNullOrEmpty(id);
        }
    }
}
