using SpeechCustom.MockServer.CustomVoice.Operations;
using SpeechCustom.MockServer.CustomVoice.Projects;
using SpeechCustom.MockServer.Failures;
using SpeechCustom.MockServer.Hosting;
using SpeechCustom.MockServer.Http;
using SpeechCustom.MockServer.Lifecycle;

namespace SpeechCustom.MockServer.CustomVoice.PersonalVoices;

/// <summary>Personal voices: PUT (JSON) and POST (multipart) create long-running; GET, list, DELETE.</summary>
internal static class PersonalVoiceEndpoints
{
    public static void Map(RouteGroupBuilder api)
    {
        api.MapGet("/personalvoices", List);
        api.MapGet("/personalvoices/{id}", Get);
        api.MapPut("/personalvoices/{id}", CreateFromJson);
        api.MapPost("/personalvoices/{id}", CreateFromFormAsync);
        api.MapDelete("/personalvoices/{id}", Delete);
    }

    private static ApiResponse List(HttpContext context, MockServerState state) =>
        VoiceResourceResponses.List(context, state, store => store.PersonalVoices.Values);

    private static ApiResponse Get(HttpContext context, string id, MockServerState state) =>
        VoiceResourceResponses.Get(context, state, "personal voice", CustomVoiceIds.Require(id), store => store.PersonalVoices.GetValueOrDefault(id));

    private static ApiResponse CreateFromJson(HttpContext context, string id, MockServerState state)
    {
        CustomVoiceIds.Require(id);
        return Start(context, id, PersonalVoiceInput.FromJson(RequestBody.JsonObject(context)), state);
    }

    private static async Task<ApiResponse> CreateFromFormAsync(HttpContext context, string id, MockServerState state)
    {
        CustomVoiceIds.Require(id);
        var form = await FormFields.ReadMultipartAsync(context, () => CustomVoiceErrors.UnsupportedMediaType("multipart/form-data"));
        return Start(context, id, PersonalVoiceInput.FromForm(form), state);
    }

    private static ApiResponse Start(HttpContext context, string id, PersonalVoiceInput input, MockServerState state)
    {
        var request = CustomVoiceRequest.Of(context);
        var store = state.CustomVoice;
        return LongRunningRequests.Run(context, store, _ =>
        {
            if (store.PersonalVoices.ContainsKey(id))
            {
                throw CustomVoiceErrors.AlreadyExists("personal voice", id);
            }

            RequireConsentInPersonalVoiceProject(store, input, request.Now);
            var now = Timestamps.ToMilliseconds(request.Now);
            var voice = new PersonalVoice
            {
                Id = id,
                SpeakerProfileId = Guid.NewGuid(),
                DisplayName = input.DisplayName,
                Description = input.Description,
                ProjectId = input.ProjectId,
                ConsentId = input.ConsentId,
                CreatedAt = now,
                Work = state.StartWork(request.Now, WorkPlan.Standard, FailureKind.PersonalVoice, id, input.DisplayName),
            };
            store.PersonalVoices.Add(id, voice);
            return new StartedWork(voice.Work, ApiResponse.Json(201, voice.ToJson(request.Version, request.Now)));
        });
    }

    private static void RequireConsentInPersonalVoiceProject(CustomVoiceStore store, PersonalVoiceInput input, DateTimeOffset now)
    {
        var project = store.RequireProject(input.ProjectId);
        if (project.Kind != VoiceProject.PersonalVoice)
        {
            throw CustomVoiceErrors.BadArgument($"Personal voices belong to PersonalVoice projects; project '{project.Id}' is of kind {project.Kind}.", "projectId");
        }

        var consent = store.Consents.GetValueOrDefault(input.ConsentId);
        if (consent is null || consent.ProjectId != input.ProjectId)
        {
            throw CustomVoiceErrors.BadArgument($"The consent '{input.ConsentId}' does not exist in project '{input.ProjectId}'.", "consentId");
        }

        if (consent.Work.StateAt(now).IsFailed)
        {
            throw CustomVoiceErrors.BadArgument($"The consent '{input.ConsentId}' failed verification; create a new consent.", "consentId");
        }
    }

    private static ApiResponse Delete(string id, MockServerState state) =>
        VoiceResourceResponses.Delete(state, "personal voice", CustomVoiceIds.Require(id), store => store.PersonalVoices.Remove(id));
}
