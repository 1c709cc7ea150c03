using SpeechCustom.MockServer.CustomVoice.Catalog;
using SpeechCustom.MockServer.CustomVoice.Consents;
using SpeechCustom.MockServer.CustomVoice.Endpoints;
using SpeechCustom.MockServer.CustomVoice.Models;
using SpeechCustom.MockServer.CustomVoice.Operations;
using SpeechCustom.MockServer.CustomVoice.PersonalVoices;
using SpeechCustom.MockServer.CustomVoice.Projects;
using SpeechCustom.MockServer.CustomVoice.TrainingSets;
using SpeechCustom.MockServer.Http;

namespace SpeechCustom.MockServer.CustomVoice;

/// <summary>The custom voice API under /customvoice (customvoice.md §2): one route group, api-version checked once.</summary>
internal static class CustomVoiceApi
{
    public static void Map(IEndpointRouteBuilder app)
    {
        var api = app.MapGroup(ApiFlavors.CustomVoiceBase).AddEndpointFilter(CustomVoiceRequest.Filter);
        ProjectEndpoints.Map(api);
        ConsentEndpoints.Map(api);
        TrainingSetEndpoints.Map(api);
        PersonalVoiceEndpoints.Map(api);
        ModelEndpoints.Map(api);
        VoiceEndpointEndpoints.Map(api);
        CatalogEndpoints.Map(api);
        OperationEndpoints.Map(api);
    }
}
