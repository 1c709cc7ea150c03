using SpeechCustom.MockServer.Hosting;
using SpeechCustom.MockServer.Http;
using SpeechCustom.MockServer.Lifecycle;

namespace SpeechCustom.MockServer.CustomVoice;

/// <summary>The list, get and delete answers every custom voice resource shares (each under the store lock).</summary>
internal static class VoiceResourceResponses
{
    public static ApiResponse List<T>(HttpContext context, MockServerState state, Func<CustomVoiceStore, IEnumerable<T>> items)
        where T : IVoiceResource
    {
        var request = CustomVoiceRequest.Of(context);
        var store = state.CustomVoice;
        lock (store.Gate)
        {
            return CustomVoiceList.Page(context, items(store), r => r.Field, r => r.ToJson(request.Version, request.Now));
        }
    }

    /// <summary>200 with the resource (and Retry-After while its work runs), or 404 naming the kind.</summary>
    public static ApiResponse Get<T>(HttpContext context, MockServerState state, string kind, string id, Func<CustomVoiceStore, T?> find)
        where T : class, IVoiceResource
    {
        var request = CustomVoiceRequest.Of(context);
        var store = state.CustomVoice;
        lock (store.Gate)
        {
            var resource = find(store) ?? throw CustomVoiceErrors.NotFound(kind, id);
            var response = ApiResponse.Json(200, resource.ToJson(request.Version, request.Now));
            return RetryAfter.AddWhenRunning(response, resource.IsSettledAt(request.Now), state.Options);
        }
    }

    /// <summary>204 when <paramref name="remove"/> removed it, 404 when it did not exist.</summary>
    public static ApiResponse Delete(MockServerState state, string kind, string id, Func<CustomVoiceStore, bool> remove)
    {
        var store = state.CustomVoice;
        lock (store.Gate)
        {
            return remove(store) ? ApiResponse.Empty(204) : throw CustomVoiceErrors.NotFound(kind, id);
        }
    }
}
