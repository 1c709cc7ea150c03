using SpeechCustom.MockServer.Http;

namespace SpeechCustom.MockServer.CustomVoice.Catalog;

/// <summary>
/// GET /modelrecipes and GET /basemodels: fixed catalogues, no paging parameters. The older versions declare a bare
/// array but their examples (and the service) answer {"value":[...]}, which every version gets here.
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
        return CustomVoiceList.All(Recipes.All.Select(r => Recipes.ToJson(r, version)));
    }

    private static ApiResponse ListBaseModels() => CustomVoiceList.All(BaseModels.All);
}
