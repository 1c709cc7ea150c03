using System.Text.Json.Nodes;
using SpeechCustom.MockServer.Http;

namespace SpeechCustom.MockServer.CustomVoice.PersonalVoices;

/// <summary>
/// The client-given fields of a personal voice: from the JSON PUT (prompt audio in blob storage via audios) or the
/// multipart POST (one or more audioData files; consentId is sent as a form field by the docs and samples).
/// </summary>
internal sealed record PersonalVoiceInput(string? DisplayName, string? Description, string ProjectId, string ConsentId)
{
    public static PersonalVoiceInput FromJson(JsonObject body)
    {
        var input = new PersonalVoiceInput(
            body.OptionalString("displayName", minLength: 1),
            body.OptionalString("description"),
            CustomVoiceIds.Require(body.RequiredString("projectId"), "projectId"),
            CustomVoiceIds.Require(body.RequiredString("consentId"), "consentId"));
        BlobContentSource.Require(body, "audios");
        return input;
    }

    public static PersonalVoiceInput FromForm(IFormCollection form)
    {
        var input = new PersonalVoiceInput(
            form.OptionalString("displayName"),
            form.OptionalString("description"),
            CustomVoiceIds.Require(form.RequiredString("projectId"), "projectId"),
            CustomVoiceIds.Require(form.RequiredString("consentId"), "consentId"));
        if (form.Files("audiodata").Count == 0)
        {
            throw InvalidFieldException.Missing("audioData");
        }

        return input;
    }
}
