using SpeechCustom.MockServer.CustomVoice.Operations;
using SpeechCustom.MockServer.Failures;
using SpeechCustom.MockServer.Hosting;
using SpeechCustom.MockServer.Http;
using SpeechCustom.MockServer.Lifecycle;

namespace SpeechCustom.MockServer.CustomVoice.Consents;

/// <summary>Consents: PUT (JSON, audioUrl) and POST (multipart, audiodata) create long-running; GET, list, DELETE.</summary>
internal static class ConsentEndpoints
{
    public static void Map(RouteGroupBuilder api)
    {
        api.MapGet("/consents", List);
        api.MapGet("/consents/{id}", Get);
        api.MapPut("/consents/{id}", CreateFromJson);
        api.MapPost("/consents/{id}", CreateFromFormAsync);
        api.MapDelete("/consents/{id}", Delete);
    }

    private static ApiResponse List(HttpContext context, MockServerState state) =>
        VoiceResourceResponses.List(context, state, store => store.Consents.Values);

    private static ApiResponse Get(HttpContext context, string id, MockServerState state) =>
        VoiceResourceResponses.Get(context, state, "consent", CustomVoiceIds.Require(id), store => store.Consents.GetValueOrDefault(id));

    private static ApiResponse CreateFromJson(HttpContext context, string id, MockServerState state)
    {
        CustomVoiceIds.Require(id);
        return Start(context, id, ConsentInput.FromJson(RequestBody.JsonObject(context)), state);
    }

    private static async Task<ApiResponse> CreateFromFormAsync(HttpContext context, string id, MockServerState state)
    {
        CustomVoiceIds.Require(id);
        var form = await FormFields.ReadMultipartAsync(context, () => CustomVoiceErrors.UnsupportedMediaType("multipart/form-data"));
        return Start(context, id, ConsentInput.FromForm(form), state);
    }

    private static ApiResponse Start(HttpContext context, string id, ConsentInput input, MockServerState state)
    {
        var request = CustomVoiceRequest.Of(context);
        var store = state.CustomVoice;
        return LongRunningRequests.Run(context, store, _ =>
        {
            if (store.Consents.ContainsKey(id))
            {
                throw CustomVoiceErrors.AlreadyExists("consent", id);
            }

            store.RequireProject(input.ProjectId);
            var now = Timestamps.ToMilliseconds(request.Now);
            var consent = new Consent
            {
                Id = id,
                Input = input,
                CreatedAt = now,
                Work = state.StartWork(request.Now, WorkPlan.Standard, FailureKind.Consent, id),
            };
            store.Consents.Add(id, consent);
            return new StartedWork(consent.Work, ApiResponse.Json(201, consent.ToJson(request.Version, request.Now)));
        });
    }

    private static ApiResponse Delete(string id, MockServerState state) =>
        VoiceResourceResponses.Delete(state, "consent", CustomVoiceIds.Require(id), store => store.Consents.Remove(id));
}
