using SpeechCustom.MockServer.Http;

namespace SpeechCustom.MockServer.CustomVoice.Catalog;

/// <summary>
/// GET /modelrecipes and GET /basemodels: fixed catalogues, no paging parameters. 2026-01-01 answers
/// {"value":[...]}; the preview versions declare a bare array (their examples show the envelope), and answer that here,
/// so clients are exercised with both shapes.
/// </summary>
internal static class CatalogEndpoints
{
    public static void Map(RouteGroupBuilder api)
    {
        api.MapGet("/modelrecipes", ListRecipes);
        api.MapGet("/basemodels", ListBaseModels);
    }

    private static ApiResponse ListRecipes(HttpContext context)
    {
        var version = CustomVoiceRequest.Of(context).Version;
        return Catalog(version, Recipes.All.Select(r => Recipes.ToJson(r, version)));
    }

    private static ApiResponse ListBaseModels(HttpContext context) => Catalog(CustomVoiceRequest.Of(context).Version, BaseModels.All);

    private static ApiResponse Catalog(CustomVoiceVersion version, IEnumerable<object> items)
        => version.Is2026 ? CustomVoiceList.All(items) : ApiResponse.Json(200, items.ToList());
}
