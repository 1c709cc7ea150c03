using System.Net.Http.Json;
using SpeechCustom.MockServer;
using Xunit;

namespace SpeechCustom.Module.Tests.Support;

/// <summary>One in-process mock Speech service per test class, plus helpers to seed what a team would have made in the portal.</summary>
public class MockFixture : IAsyncLifetime
{
    public const string Sas = "sv=2024-08-04&sp=rl&se=2030-01-01&sig=PipelineSAS%2Bsecret%3D";

    private readonly HttpClient http = new();

    public MockSpeechServer Server { get; private set; } = null!;

    protected virtual MockServerOptions Options => new() { StepDuration = TimeSpan.FromMilliseconds(150), RetryAfterMilliseconds = 50 };

    public virtual async Task InitializeAsync()
    {
        Server = await MockSpeechServer.StartAsync(Options);
        Environment.SetEnvironmentVariable(KeyVariable, Server.Key);
    }

    /// <summary>
    /// The process environment variable that holds this mock's key. Scripts read the key from it, so the key is never
    /// part of a script's text (which PowerShell echoes in error records' invocation info).
    /// </summary>
    public string KeyVariable => "SPEECHCUSTOM_TEST_KEY_" + GetHashCode().ToString("x", System.Globalization.CultureInfo.InvariantCulture);

    public virtual async Task DisposeAsync()
    {
        Environment.SetEnvironmentVariable(KeyVariable, null);
        http.Dispose();
        await Server.DisposeAsync();
    }

    /// <summary>A script line that connects the session to this mock with its key.</summary>
    public string ConnectWithKey => $"Connect-SpeechService -Endpoint '{Server.Endpoint}' -Key (ConvertTo-SecureString $env:{KeyVariable} -AsPlainText -Force)";

    public static string NewId(string prefix) => $"{prefix}-{Guid.NewGuid():N}"[..(prefix.Length + 9)];

    public Task PutAsync(string path, object body) => SendAsync(HttpMethod.Put, path, body);

    /// <summary>A professional voice project and an empty training set.</summary>
    public async Task SeedTrainingSetAsync(string projectId, string trainingSetId)
    {
        await PutAsync($"customvoice/projects/{projectId}", new { kind = "ProfessionalVoice", locale = "en-US" });
        await PutAsync($"customvoice/trainingsets/{trainingSetId}", new { projectId, locale = "en-US", voiceKind = "Female" });
    }

    /// <summary>A personal voice project with a consent.</summary>
    public async Task SeedPersonalVoiceProjectAsync(string projectId, string consentId)
    {
        await PutAsync($"customvoice/projects/{projectId}", new { kind = "PersonalVoice" });
        await PutAsync($"customvoice/consents/{consentId}", new
        {
            projectId,
            voiceTalentName = "Jessica Smith",
            companyName = "Contoso",
            locale = "en-US",
            audioUrl = "https://contoso.blob.core.windows.net/consents/jessica.wav?" + Sas,
        });
    }

    private async Task SendAsync(HttpMethod method, string path, object body)
    {
        using var request = new HttpRequestMessage(method, new Uri(Server.Endpoint, path + "?api-version=2026-01-01")) { Content = JsonContent.Create(body) };
        request.Headers.Add("Ocp-Apim-Subscription-Key", Server.Key);
        using var response = await http.SendAsync(request);
        if (!response.IsSuccessStatusCode)
            throw new InvalidOperationException($"Seeding {path} failed: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
    }
}
