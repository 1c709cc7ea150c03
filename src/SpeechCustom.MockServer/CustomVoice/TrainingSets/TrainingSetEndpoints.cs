using SpeechCustom.MockServer.CustomVoice.Operations;
using SpeechCustom.MockServer.CustomVoice.Projects;
using SpeechCustom.MockServer.Failures;
using SpeechCustom.MockServer.Hosting;
using SpeechCustom.MockServer.Http;
using SpeechCustom.MockServer.Lifecycle;

namespace SpeechCustom.MockServer.CustomVoice.TrainingSets;

/// <summary>Training sets: PUT (201, not long-running), GET, list, DELETE, and POST {id}:upload (202, long-running).</summary>
internal static class TrainingSetEndpoints
{
    public static void Map(RouteGroupBuilder api)
    {
        api.MapGet("/trainingsets", List);
        api.MapGet("/trainingsets/{id}", Get);
        api.MapPut("/trainingsets/{id}", Create);
        api.MapDelete("/trainingsets/{id}", Delete);
        api.MapPost("/trainingsets/{id}:upload", Upload);
    }

    private static ApiResponse List(HttpContext context, MockServerState state) =>
        VoiceResourceResponses.List(context, state, store => store.TrainingSets.Values);

    private static ApiResponse Get(HttpContext context, string id, MockServerState state) =>
        VoiceResourceResponses.Get(context, state, "training set", CustomVoiceIds.Require(id), store => store.TrainingSets.GetValueOrDefault(id));

    private static ApiResponse Create(HttpContext context, string id, MockServerState state)
    {
        CustomVoiceIds.Require(id);
        var request = CustomVoiceRequest.Of(context);
        var body = RequestBody.JsonObject(context);
        var voiceKind = body.OptionalString("voiceKind");
        if (voiceKind is not null && voiceKind is not ("Male" or "Female"))
        {
            throw InvalidFieldException.Invalid("voiceKind", $"'{voiceKind}' is not one of Male, Female.");
        }

        var trainingSet = new TrainingSet
        {
            Id = id,
            DisplayName = body.OptionalString("displayName", minLength: 1),
            Description = body.OptionalString("description"),
            Locale = body.RequiredString("locale"),
            VoiceKind = voiceKind,
            ProjectId = CustomVoiceIds.Require(body.RequiredString("projectId"), "projectId"),
            CreatedAt = Timestamps.ToMilliseconds(request.Now),
        };

        var store = state.CustomVoice;
        lock (store.Gate)
        {
            if (store.TrainingSets.ContainsKey(id))
            {
                throw CustomVoiceErrors.AlreadyExists("training set", id);
            }

            var project = store.RequireProject(trainingSet.ProjectId);
            if (project.Kind != VoiceProject.ProfessionalVoice)
            {
                throw CustomVoiceErrors.BadArgument($"Training sets belong to ProfessionalVoice projects; project '{project.Id}' is of kind {project.Kind}.", "projectId");
            }

            store.TrainingSets.Add(id, trainingSet);
            return ApiResponse.Json(201, trainingSet.ToJson(request.Version, request.Now));
        }
    }

    private static ApiResponse Delete(string id, MockServerState state) =>
        VoiceResourceResponses.Delete(state, "training set", CustomVoiceIds.Require(id), store => store.TrainingSets.Remove(id));

    private static ApiResponse Upload(HttpContext context, string id, MockServerState state)
    {
        CustomVoiceIds.Require(id);
        var request = CustomVoiceRequest.Of(context);
        var upload = UploadRequest.Read(RequestBody.JsonObject(context), request.Version);
        var store = state.CustomVoice;
        return LongRunningRequests.Run(context, store, operationId =>
        {
            var trainingSet = store.TrainingSets.GetValueOrDefault(id) ?? throw CustomVoiceErrors.NotFound("training set", id);
            var work = state.StartWork(request.Now, WorkPlan.Standard, FailureKind.TrainingSetUpload, id, upload.DisplayName);
            trainingSet.Uploads.Add(new TrainingSetUpload(operationId, upload, work));
            return new StartedWork(work, ApiResponse.Empty(202));
        });
    }
}
