using SpeechCustom.MockServer.Http;
using SpeechCustom.MockServer.SpeechToText.Datasets;
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
        MapRoutes(app.MapGroup($"{ApiFlavors.SpeechToTextBase}/v3.1").AddEndpointFilter(SttRequest.PathVersionFilter(SttVersion.V31)));
        MapRoutes(app.MapGroup($"{ApiFlavors.SpeechToTextBase}/v3.2").AddEndpointFilter(SttRequest.PathVersionFilter(SttVersion.V32)));
        MapRoutes(app.MapGroup(ApiFlavors.SpeechToTextBase).AddEndpointFilter(SttRequest.QueryVersionFilter));
    }

    private static void MapRoutes(RouteGroupBuilder api)
    {
        DatasetEndpoints.Map(api);
        DatasetBlockEndpoints.Map(api);
        SttProjectEndpoints.Map(api);
    }
}
