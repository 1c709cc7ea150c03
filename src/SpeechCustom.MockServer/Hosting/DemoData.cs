using System.Net.Http.Json;

namespace SpeechCustom.MockServer.Hosting;

/// <summary>
/// The resources a team would have made in Speech Studio before running the quickstart: professional voice project
/// 'Jessica' (en-US) with training set 'jessica-300', and personal voice project 'PersonalVoice' with consent 'Jessica'.
/// Created through the server's own API, so they pass the same validation as anything a client creates.
/// </summary>
internal static class DemoData
{
    public static async Task SeedAsync(Uri endpoint, string key, CancellationToken ct)
    {
        using var http = new HttpClient { BaseAddress = endpoint };
        http.DefaultRequestHeaders.Add("Ocp-Apim-Subscription-Key", key);
        await PutAsync(http, "projects/Jessica", new { kind = "ProfessionalVoice", locale = "en-US", description = "Project for Jessica voice" }, ct);
        await PutAsync(http, "trainingsets/jessica-300", new { projectId = "Jessica", locale = "en-US", voiceKind = "Female", description = "300 sentences, general style" }, ct);
        await PutAsync(http, "projects/PersonalVoice", new { kind = "PersonalVoice", description = "Personal voices" }, ct);
        await PutAsync(http, "consents/Jessica", new
        {
            projectId = "PersonalVoice",
            voiceTalentName = "Jessica Smith",
            companyName = "Contoso",
            locale = "en-US",
            audioUrl = "https://contoso.blob.core.windows.net/consents/jessica-consent.wav",
        }, ct);
    }

    private static async Task PutAsync(HttpClient http, string path, object body, CancellationToken ct)
    {
        using var response = await http.PutAsJsonAsync($"customvoice/{path}?api-version=2026-01-01", body, ct);
        if (!response.IsSuccessStatusCode)
            throw new InvalidOperationException($"Seeding demo resource {path} failed: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync(ct)}");
    }
}
