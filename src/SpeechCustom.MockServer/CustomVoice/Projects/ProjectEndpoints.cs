using SpeechCustom.MockServer.Hosting;
using SpeechCustom.MockServer.Http;

namespace SpeechCustom.MockServer.CustomVoice.Projects;

/// <summary>Projects: PUT (201, not long-running), GET, list, DELETE (cascades; forceDelete for models/endpoints).</summary>
internal static class ProjectEndpoints
{
    private static readonly string[] Kinds = [VoiceProject.ProfessionalVoice, VoiceProject.PersonalVoice];

    public static void Map(RouteGroupBuilder api)
    {
        api.MapGet("/projects", List);
        api.MapGet("/projects/{id}", Get);
        api.MapPut("/projects/{id}", Create);
        api.MapDelete("/projects/{id}", Delete);
    }

    private static ApiResponse List(HttpContext context, MockServerState state) =>
        VoiceResourceResponses.List(context, state, store => store.Projects.Values);

    private static ApiResponse Get(HttpContext context, string id, MockServerState state) =>
        VoiceResourceResponses.Get(context, state, "project", CustomVoiceIds.Require(id), store => store.Projects.GetValueOrDefault(id));

    private static ApiResponse Create(HttpContext context, string id, MockServerState state)
    {
        CustomVoiceIds.Require(id);
        var request = CustomVoiceRequest.Of(context);
        var body = RequestBody.JsonObject(context);
        var kindText = body.RequiredString("kind");
        var kind = Kinds.FirstOrDefault(k => string.Equals(k, kindText, StringComparison.OrdinalIgnoreCase))
            ?? throw InvalidFieldException.Invalid("kind", $"'{kindText}' is not a project kind; use ProfessionalVoice or PersonalVoice.");
        var project = new VoiceProject
        {
            Id = id,
            DisplayName = body.OptionalString("displayName", minLength: 1),
            Description = body.OptionalString("description"),
            Kind = kind,
            Locale = body.OptionalString("locale", minLength: 1),
            CreatedAt = Timestamps.ToMilliseconds(request.Now),
        };

        var store = state.CustomVoice;
        lock (store.Gate)
        {
            if (!store.Projects.TryAdd(id, project))
            {
                throw CustomVoiceErrors.AlreadyExists("project", id);
            }

            return ApiResponse.Json(201, project.ToJson(request.Version, request.Now));
        }
    }

    private static ApiResponse Delete(HttpContext context, string id, MockServerState state)
    {
        CustomVoiceIds.Require(id);
        var forceText = context.Request.Query["forceDelete"].ToString();
        var force = forceText.Length != 0 && (bool.TryParse(forceText, out var parsed)
            ? parsed
            : throw InvalidFieldException.Invalid("forceDelete", "true or false is expected."));

        var store = state.CustomVoice;
        lock (store.Gate)
        {
            if (!store.Projects.ContainsKey(id))
            {
                throw CustomVoiceErrors.NotFound("project", id);
            }

            ProjectCascade.Delete(store, id, force);
            return ApiResponse.Empty(204);
        }
    }
}
