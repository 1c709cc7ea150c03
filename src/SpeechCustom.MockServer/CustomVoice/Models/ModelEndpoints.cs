using SpeechCustom.MockServer.CustomVoice.Operations;
using SpeechCustom.MockServer.CustomVoice.Projects;
using SpeechCustom.MockServer.Failures;
using SpeechCustom.MockServer.Hosting;
using SpeechCustom.MockServer.Http;
using SpeechCustom.MockServer.Lifecycle;

namespace SpeechCustom.MockServer.CustomVoice.Models;

/// <summary>Models: PUT (long-running training), GET, list, DELETE (refused while an endpoint uses the model).</summary>
internal static class ModelEndpoints
{
    public static void Map(RouteGroupBuilder api)
    {
        api.MapGet("/models", List);
        api.MapGet("/models/{id}", Get);
        api.MapPut("/models/{id}", Create);
        api.MapDelete("/models/{id}", Delete);
    }

    private static ApiResponse List(HttpContext context, MockServerState state) =>
        VoiceResourceResponses.List(context, state, store => store.Models.Values);

    private static ApiResponse Get(HttpContext context, string id, MockServerState state) =>
        VoiceResourceResponses.Get(context, state, "model", CustomVoiceIds.Require(id), store => store.Models.GetValueOrDefault(id));

    private static ApiResponse Create(HttpContext context, string id, MockServerState state)
    {
        CustomVoiceIds.Require(id);
        var request = CustomVoiceRequest.Of(context);
        var input = ModelInput.Read(RequestBody.JsonObject(context));
        var store = state.CustomVoice;
        return LongRunningRequests.Run(context, store, _ =>
        {
            if (store.Models.ContainsKey(id))
            {
                throw CustomVoiceErrors.AlreadyExists("model", id);
            }

            var trainingLocale = RequireTrainingInputs(store, input, request.Now);
            var now = Timestamps.ToMilliseconds(request.Now);
            var model = new VoiceModel
            {
                Id = id,
                VoiceName = input.VoiceName,
                Description = input.Description,
                Recipe = input.Recipe,
                Locale = input.Locale ?? trainingLocale,
                ProjectId = input.ProjectId,
                ConsentId = input.ConsentId,
                TrainingSetId = input.TrainingSetId,
                PresetStyles = input.PresetStyles,
                StyleTrainingSetIds = input.StyleTrainingSetIds,
                CreatedAt = now,
                Work = state.StartWork(request.Now, WorkPlan.Standard, FailureKind.VoiceModel, id, input.VoiceName),
            };
            store.Models.Add(id, model);
            return new StartedWork(model.Work, ApiResponse.Json(201, model.ToJson(request.Version, request.Now)));
        });
    }

    /// <summary>The project, consent and training set must exist together, and the training set must hold data. Returns its locale.</summary>
    private static string RequireTrainingInputs(CustomVoiceStore store, ModelInput input, DateTimeOffset now)
    {
        var project = store.RequireProject(input.ProjectId);
        if (project.Kind != VoiceProject.ProfessionalVoice)
        {
            throw CustomVoiceErrors.BadArgument($"Models belong to ProfessionalVoice projects; project '{project.Id}' is of kind {project.Kind}.", "projectId");
        }

        var consent = store.Consents.GetValueOrDefault(input.ConsentId);
        if (consent is null || consent.ProjectId != input.ProjectId)
        {
            throw CustomVoiceErrors.BadArgument($"The consent '{input.ConsentId}' does not exist in project '{input.ProjectId}'.", "consentId");
        }

        var trainingSetIds = new[] { input.TrainingSetId }.Concat(input.StyleTrainingSetIds?.Values ?? []);
        string? locale = null;
        foreach (var trainingSetId in trainingSetIds)
        {
            var trainingSet = store.TrainingSets.GetValueOrDefault(trainingSetId);
            if (trainingSet is null || trainingSet.ProjectId != input.ProjectId)
            {
                throw CustomVoiceErrors.BadArgument($"The training set '{trainingSetId}' does not exist in project '{input.ProjectId}'.", "trainingSetId");
            }

            if (trainingSet.UtteranceCountAt(now) == 0)
            {
                throw CustomVoiceErrors.BadRequest($"The training set '{trainingSetId}' holds no imported data yet. Upload data and wait until the upload succeeds.");
            }

            locale ??= trainingSet.Locale;
        }

        return locale!;
    }

    private static ApiResponse Delete(string id, MockServerState state)
    {
        CustomVoiceIds.Require(id);
        var store = state.CustomVoice;
        lock (store.Gate)
        {
            if (!store.Models.ContainsKey(id))
            {
                throw CustomVoiceErrors.NotFound("model", id);
            }

            var endpoints = store.Endpoints.Values.Count(e => e.ModelId == id);
            if (endpoints > 0)
            {
                throw CustomVoiceErrors.BadRequest($"The model '{id}' is deployed to {endpoints} endpoint(s). Delete the endpoints first.");
            }

            store.Models.Remove(id);
            return ApiResponse.Empty(204);
        }
    }
}
