using System.Text.Json.Nodes;
using SpeechCustom.MockServer.Http;

namespace SpeechCustom.MockServer.CustomVoice.Consents;

/// <summary>The client-given fields of a consent, from the JSON PUT (audio by audioUrl) or the multipart POST (audio file).</summary>
internal sealed record ConsentInput(string? DisplayName, string? Description, string VoiceTalentName, string CompanyName, string Locale, string ProjectId)
{
    public static ConsentInput FromJson(JsonObject body)
    {
        var input = new ConsentInput(
            body.OptionalString("displayName", minLength: 1),
            body.OptionalString("description"),
            body.RequiredString("voiceTalentName"),
            body.RequiredString("companyName"),
            body.RequiredString("locale"),
            CustomVoiceIds.Require(body.RequiredString("projectId"), "projectId"));
        _ = body.OptionalHttpUrl("audioUrl") ?? throw InvalidFieldException.Missing("audioUrl");
        return input;
    }

    public static ConsentInput FromForm(IFormCollection form)
    {
        var input = new ConsentInput(
            form.OptionalString("displayName"),
            form.OptionalString("description"),
            form.RequiredString("voiceTalentName"),
            form.RequiredString("companyName"),
            form.RequiredString("locale"),
            CustomVoiceIds.Require(form.RequiredString("projectId"), "projectId"));
        if (form.Files("audiodata").Count == 0)
        {
            throw InvalidFieldException.Missing("audiodata");
        }

        return input;
    }
}
