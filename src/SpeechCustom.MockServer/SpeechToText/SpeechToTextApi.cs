using SpeechCustom.MockServer.Http;
using SpeechCustom.MockServer.SpeechToText.Datasets;
using SpeechCustom.MockServer.SpeechToText.Endpoints;
using SpeechCustom.MockServer.SpeechToText.Evaluations;
using SpeechCustom.MockServer.SpeechToText.Transcriptions;
using SpeechCustom.MockServer.SpeechToText.WebHooks;
using SpeechCustom.MockServer.SpeechToText.Models;
using SpeechCustom.MockServer.SpeechToText.Projects;

namespace SpeechCustom.MockServer.SpeechToText;

/// <summary>
/// The speech-to-text API (speechtotext.md §3), mounted three times over the same state and handlers:
/// /speechtotext/v3.1, /speechtotext/v3.2 (version in the path) and /speechtotext?api-version=2024-11-15|2025-10-15.
/// </summary>
internal static class SpeechToTextApi
{
    public static void Map(IEndpointRouteBuilder app)
    {
        var v31 = app.MapGroup($"{ApiFlavors.SpeechToTextBase}/v3.1").AddEndpointFilter(SttRequest.PathVersionFilter(SttVersion.V31));
        MapRoutes(v31);
        HealthRoutes.Map(v31);
        HealthRoutes.Map(app.MapGroup($"{ApiFlavors.SpeechToTextBase}/v3.2-preview.2").AddEndpointFilter(SttRequest.PathVersionFilter(SttVersion.V32)));
        MapRoutes(app.MapGroup($"{ApiFlavors.SpeechToTextBase}/v3.2").AddEndpointFilter(SttRequest.PathVersionFilter(SttVersion.V32)));
        MapRoutes(app.MapGroup(ApiFlavors.SpeechToTextBase).AddEndpointFilter(SttRequest.QueryVersionFilter));
    }

    private static void MapRoutes(RouteGroupBuilder api)
    {
        DatasetEndpoints.Map(api);
        DatasetBlockEndpoints.Map(api);
        SttProjectEndpoints.Map(api);
        SttModelEndpoints.Map(api);
        ModelCopyEndpoints.Map(api);
        SttEndpointRoutes.Map(api);
        TranscriptionRoutes.Map(api);
        FastTranscriptionRoute.Map(api);
        EvaluationRoutes.Map(api);
        WebHookRoutes.Map(api);
    }
}
