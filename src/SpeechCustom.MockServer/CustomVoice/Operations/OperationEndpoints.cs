using SpeechCustom.MockServer.Hosting;
using SpeechCustom.MockServer.Http;
using SpeechCustom.MockServer.Lifecycle;

namespace SpeechCustom.MockServer.CustomVoice.Operations;

/// <summary>GET /operations/{id}: status of any custom voice long-running operation, with Retry-After while it runs.</summary>
internal static class OperationEndpoints
{
    public static void Map(RouteGroupBuilder api) => api.MapGet("/operations/{id}", Get);

    private static ApiResponse Get(HttpContext context, string id, MockServerState state)
    {
        CustomVoiceIds.Require(id);
        var request = CustomVoiceRequest.Of(context);
        var store = state.CustomVoice;
        lock (store.Gate)
        {
            var operation = store.Operations.GetValueOrDefault(id) ?? throw CustomVoiceErrors.NotFound("operation", id);
            var work = operation.Work.StateAt(request.Now);
            return RetryAfter.AddWhenRunning(ApiResponse.Json(200, operation.ToJson(work)), work.IsTerminal, state.Options);
        }
    }
}
