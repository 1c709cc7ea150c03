using System.Text.Json;
using SpeechCustom.MockServer;
using SpeechCustom.Module.Tests.Support;

namespace SpeechCustom.Module.Tests;

/// <summary>Script fragments and helpers the transcription, endpoint and web hook tests share.</summary>
internal static class TranscriptionScripts
{
    /// <summary>The SAS signature every audio URL carries: no stream may ever show it.</summary>
    public const string SasSignature = "PipelineSAS%2Bsecret%3D";

    public static string Connect(MockFixture mock, string version) => $"{mock.ConnectWithKey} -SpeechToTextApiVersion {version}";

    /// <summary>
    /// $urls: <paramref name="count"/> audio URLs with a SAS (calls/call-N.wav); those numbered in <paramref name="failing"/> are
    /// named fail-me-N.wav, which the mock fails to transcribe.
    /// </summary>
    public static string AudioUrls(int count, params int[] failing) => $$"""
        $failing = @({{string.Join(", ", failing)}})
        $urls = @(0..{{count - 1}} | ForEach-Object {
            $name = if ($failing -contains $_) { "fail-me-$_" } else { "call-$_" }
            "https://contoso.blob.core.windows.net/calls/$name.wav?{{MockFixture.Sas}}"
        })
        """;

    public static JsonElement BodyOf(MockRequestEntry request) => JsonDocument.Parse(request.Body).RootElement;

    public static List<MockRequestEntry> Since(MockRequestLog log, int count) => log.Snapshot().Skip(count).ToList();

    /// <summary>A temporary folder, deleted with everything in it on dispose.</summary>
    public sealed class TempFolder : IDisposable
    {
        public TempFolder()
        {
            Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "speechcustom-stt-" + Guid.NewGuid().ToString("N")[..8]);
            Directory.CreateDirectory(Path);
        }

        public string Path { get; }

        public void Dispose()
        {
            try
            {
                Directory.Delete(Path, recursive: true);
            }
            catch (IOException)
            {
            }
        }
    }
}

/// <summary>Reads the mock's catalog the way a portal user would look up a model, outside the module under test.</summary>
internal static class TranscriptionCatalog
{
    private static readonly HttpClient Http = new();

    /// <summary>The Self URL (2025-10-15 form) of the newest en-US base model that supports endpoints and transcriptions.</summary>
    public static async Task<string> BaseModelUrlAsync(MockFixture mock, string locale = "en-US")
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(mock.Server.Endpoint, $"speechtotext/models/base?api-version=2025-10-15&top=100&filter=locale%20eq%20%27{locale}%27"));
        request.Headers.Add("Ocp-Apim-Subscription-Key", mock.Server.Key);
        using var response = await Http.SendAsync(request);
        response.EnsureSuccessStatusCode();
        using var page = System.Text.Json.JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return page.RootElement.GetProperty("values").EnumerateArray()
            .Where(m => !m.GetProperty("displayName").GetString()!.Contains("Whisper", StringComparison.Ordinal))
            .Select(m => m.GetProperty("self").GetString()!)
            .Last();
    }
}
