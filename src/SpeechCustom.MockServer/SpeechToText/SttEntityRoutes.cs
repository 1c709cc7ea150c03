using SpeechCustom.MockServer.Hosting;
using SpeechCustom.MockServer.Http;
using SpeechCustom.MockServer.Lifecycle;
using SpeechCustom.MockServer.SpeechToText.Files;

namespace SpeechCustom.MockServer.SpeechToText;

/// <summary>
/// The routes datasets, models, evaluations and transcriptions answer alike: GET and PATCH (name, description, project,
/// custom properties) return the entity, with Retry-After while it runs; /files and /files/{fileId} list and read what
/// it produced. Each entity says how it is found (throwing NotFound), how it is shown and which files it has.
/// </summary>
internal static class SttEntityRoutes
{
    public static void MapGetAndUpdate<T>(RouteGroupBuilder api, string collection, Func<SpeechToTextStore, string, T> find, Func<T, SttRequest, object> toJson)
        where T : SttEntity
    {
        api.MapGet($"/{collection}/{{id}}", (HttpContext context, string id, MockServerState state) => Answer(context, id, state, find, toJson, update: false));
        api.MapPatch($"/{collection}/{{id}}", (HttpContext context, string id, MockServerState state) => Answer(context, id, state, find, toJson, update: true));
    }

    public static void MapFiles<T>(RouteGroupBuilder api, string collection, Func<SpeechToTextStore, string, T> find, Func<T, DateTimeOffset, IReadOnlyList<SttFile>> filesAt)
        where T : SttEntity
    {
        api.MapGet($"/{collection}/{{id}}/files", (HttpContext context, string id, MockServerState state) =>
        {
            var request = SttRequest.Of(context);
            var store = state.SpeechToText;
            lock (store.Gate)
            {
                var entity = find(store, id);
                return SttFileListing.Page(context, state, filesAt(entity, request.Now), entity.StateAt(request.Now).IsTerminal);
            }
        });
        api.MapGet($"/{collection}/{{id}}/files/{{fileId}}", (HttpContext context, string id, string fileId, MockServerState state) =>
        {
            var request = SttRequest.Of(context);
            var store = state.SpeechToText;
            lock (store.Gate)
            {
                return SttFileListing.Get(context, state, filesAt(find(store, id), request.Now), fileId);
            }
        });
    }

    /// <summary>DELETE /{collection}/{id}: the entity and its files go, and subscribers hear of it (204 also when it did not exist).</summary>
    public static void MapDelete<T>(RouteGroupBuilder api, string collection, Func<SpeechToTextStore, OrderedDictionary<Guid, T>> table)
        where T : SttEntity
    {
        api.MapDelete($"/{collection}/{{id}}", (HttpContext context, string id, MockServerState state) =>
        {
            var request = SttRequest.Of(context);
            var store = state.SpeechToText;
            lock (store.Gate)
            {
                if (Guid.TryParse(id, out var guid) && table(store).Remove(guid, out var entity))
                {
                    state.Blobs.RemovePrefix(collection, $"{guid}/");
                    state.AnnounceDeletion(entity, request);
                }

                return ApiResponse.Empty(204);
            }
        });
    }

    /// <summary>The entity with this id, or the service's NotFound error naming the <paramref name="noun"/>. Callers hold the store lock.</summary>
    public static T Find<T>(OrderedDictionary<Guid, T> table, string id, string noun)
        where T : SttEntity =>
        Guid.TryParse(id, out var guid) && table.TryGetValue(guid, out var entity)
            ? entity
            : throw SttErrors.NotFound(noun, id);

    private static ApiResponse Answer<T>(HttpContext context, string id, MockServerState state, Func<SpeechToTextStore, string, T> find, Func<T, SttRequest, object> toJson, bool update)
        where T : SttEntity
    {
        var request = SttRequest.Of(context);
        var changes = update ? SttEntityUpdate.Read(RequestBody.JsonObject(context), request.Version) : null;
        var store = state.SpeechToText;
        lock (store.Gate)
        {
            var entity = find(store, id);
            changes?.ApplyTo(store, entity);
            return RetryAfter.AddWhenRunning(ApiResponse.Json(200, toJson(entity, request)), entity.StateAt(request.Now).IsTerminal, state.Options);
        }
    }
}
