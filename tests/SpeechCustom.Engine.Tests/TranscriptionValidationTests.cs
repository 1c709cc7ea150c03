using SpeechCustom.Engine.Connection;
using SpeechCustom.Engine.Errors;
using SpeechCustom.Engine.Models.SpeechToText;
using SpeechCustom.Engine.SpeechToText;
using SpeechCustom.Engine.Tests.Support;
using SpeechCustom.Engine.Transcription;
using Xunit;

namespace SpeechCustom.Engine.Tests;

/// <summary>Transcriptions, endpoints, fast transcription and web hooks: the rules of each API version are checked before anything is sent.</summary>
public sealed class TranscriptionValidationTests
{
    private const string Audio = "https://contoso.blob.core.windows.net/calls/a.wav?sv=2024-08-04&sp=r&sig=AUDIOsig";
    private const string Container = "https://contoso.blob.core.windows.net/calls?sv=2024-08-04&sp=rl&sig=CONTAINERsig";
    private readonly NoRequestTransport transport = new();

    private SpeechToTextClient Client(string version) => SpeechContext.Create(new SpeechConnectOptions
    {
        AuthType = SpeechAuthType.Key,
        Endpoint = new Uri("https://contoso.cognitiveservices.azure.com"),
        Key = "0123456789abcdef0123456789abcdef",
        SpeechToTextApiVersion = version,
        Transport = transport,
    }).SpeechToText;

    private static SpeechTranscriptionDefinition Job(Action<SpeechTranscriptionDefinition>? change = null)
    {
        var definition = new SpeechTranscriptionDefinition { DisplayName = "calls", Locale = "en-US", ContentUrls = new[] { Audio } };
        change?.Invoke(definition);
        return definition;
    }

    public static TheoryData<string, double, bool> TimeToLive => new()
    {
        { "v3.2", 5.9, false }, { "v3.2", 6, true }, { "v3.2", 744, true }, { "v3.2", 744.5, false },
        { "2024-11-15", 5, false }, { "2024-11-15", 6, true }, { "2024-11-15", 744, true }, { "2024-11-15", 745, false }, { "2024-11-15", 6.5, false },
        { "2025-10-15", 0.5, false }, { "2025-10-15", 48, true }, { "2025-10-15", 1000, false },
    };

    [Theory]
    [MemberData(nameof(TimeToLive))]
    public async Task The_time_to_live_is_checked_against_the_range_of_the_version(string version, double hours, bool valid)
    {
        var client = Client(version);
        var job = Job(j => j.TimeToLive = TimeSpan.FromHours(hours));
        if (valid)
        {
            client.CheckTranscription(job);
            return;
        }
        var e = await Assert.ThrowsAsync<SpeechInputException>(() => client.CreateTranscriptionAsync(job, default));
        Assert.Equal("InvalidTimeToLive", e.ErrorId);
        Assert.Contains(version == "v3.2" ? "6 hours and 31 days" : "hours", e.Message);
        Assert.Equal(0, transport.Sent);
    }

    [Theory]
    [InlineData("v3.2", 1, true)]
    [InlineData("v3.2", 35, true)]
    [InlineData("v3.2", 36, false)]
    [InlineData("2025-10-15", 1, false)]
    [InlineData("2025-10-15", 2, true)]
    [InlineData("2025-10-15", 35, true)]
    [InlineData("2024-11-15", 36, false)]
    public async Task The_most_speakers_are_checked_against_the_range_of_the_version(string version, int maxSpeakers, bool valid)
    {
        var client = Client(version);
        var job = Job(j => { j.Diarization = true; j.MaxSpeakers = maxSpeakers; });
        if (valid)
        {
            client.CheckTranscription(job);
            return;
        }
        var e = await Assert.ThrowsAsync<SpeechInputException>(() => client.CreateTranscriptionAsync(job, default));
        Assert.Equal(("InvalidSpeakerCount", "MaxSpeakers"), (e.ErrorId, e.Target));
        Assert.Equal(0, transport.Sent);
    }

    public static TheoryData<string, Action<SpeechTranscriptionDefinition>, string> BadJobs => new()
    {
        { "1001 URLs", j => j.ContentUrls = Enumerable.Range(0, 1001).Select(i => $"https://contoso.blob.core.windows.net/c/{i}.wav").ToList(), "TooManyContentUrls" },
        { "URLs and a container", j => j.ContentContainerUrl = Container, "OnlyOneOfUrlsOrContainerOrDataset" },
        { "no audio", j => j.ContentUrls = null, "MissingContent" },
        { "plain http", j => j.ContentUrls = new[] { "http://contoso.blob.core.windows.net/c/a.wav" }, "InsecureUrl" },
        { "container SAS without list", j => { j.ContentUrls = null; j.ContentContainerUrl = "https://contoso.blob.core.windows.net/calls?sp=r&sig=x"; }, "InsufficientSasPermissions" },
        { "destination SAS without write", j => j.DestinationContainerUrl = "https://contoso.blob.core.windows.net/out?sp=rl&sig=x", "InsufficientSasPermissions" },
        { "a dataset URL as the model", j => j.Model = "https://contoso.cognitiveservices.azure.com/speechtotext/datasets/9f50c644-2121-40e9-9ea7-544e48bfe3cb", "InvalidReference" },
        { "a model that is no id", j => j.Model = "my-model", "InvalidId" },
        { "a bad locale", j => j.Locale = "english", "InvalidLocale" },
        { "speakers without diarization", j => j.MaxSpeakers = 4, "DiarizationNotEnabled" },
        { "one candidate locale", j => j.CandidateLocales = new[] { "en-US" }, "InvalidCandidateLocales" },
        { "eleven candidate locales", j => j.CandidateLocales = Enumerable.Range(0, 11).Select(i => "en-" + (char)('A' + i) + "A").ToList(), "InvalidCandidateLocales" },
        { "a mode without candidates", j => j.LanguageIdentificationMode = "Single", "MissingCandidateLocales" },
        { "a negative channel", j => j.Channels = new[] { -1 }, "InvalidChannels" },
        { "eleven custom properties", j => j.CustomProperties = Enumerable.Range(0, 11).ToDictionary(i => "k" + i, i => "v"), "TooManyCustomProperties" },
    };

    [Theory]
    [MemberData(nameof(BadJobs))]
    public async Task Bad_jobs_are_rejected_before_sending(string what, Action<SpeechTranscriptionDefinition> change, string errorId)
    {
        var e = await Assert.ThrowsAsync<SpeechInputException>(() => Client("2025-10-15").CreateTranscriptionAsync(Job(change), default));
        Assert.True(errorId == e.ErrorId, $"{what}: {e.ErrorId} {e.Message}");
        Assert.Equal(0, transport.Sent);
    }

    [Fact]
    public void Single_language_identification_takes_more_than_ten_candidates()
        => Client("v3.2").CheckTranscription(Job(j => { j.CandidateLocales = Enumerable.Range(0, 12).Select(i => "en-" + (char)('A' + i) + "A").ToList(); j.LanguageIdentificationMode = "single"; }));

    [Fact]
    public void A_project_is_refused_on_the_version_without_projects()
        => Assert.Equal("ProjectsNotSupported", Assert.Throws<SpeechInputException>(() => Client("2024-11-15").CheckTranscription(Job(j => j.Project = Guid.NewGuid().ToString()))).ErrorId);

    [Theory]
    [InlineData("2025-10-15", "Text")]
    [InlineData("2024-11-15", "TimeToLive")]
    public void Endpoint_options_of_v3_are_refused_on_later_versions(string version, string option)
    {
        var definition = new CsrEndpointDefinition { DisplayName = "calls", Locale = "en-US", Model = Guid.NewGuid().ToString() };
        if (option == "Text")
            definition.Text = "adaptation text";
        else
            definition.TimeToLive = TimeSpan.FromDays(2);
        Client("v3.2").CheckEndpoint(definition);
        var e = Assert.Throws<SpeechInputException>(() => Client(version).CheckEndpoint(definition));
        Assert.Equal(("NotSupportedByApiVersion", option), (e.ErrorId, e.Target));
        Assert.Contains("v3.2", e.Message);
    }

    [Fact]
    public void Endpoint_logs_explain_that_the_version_dropped_them()
    {
        var e = Assert.Throws<SpeechInputException>(() => Client("2025-10-15").ListEndpointLogs(EndpointLogOwner.Endpoint(Guid.NewGuid().ToString()), null));
        Assert.Equal("EndpointLogsNotSupported", e.ErrorId);
        Assert.Contains("removed the endpoint log API", e.Message);
        Client("v3.2").ListEndpointLogs(EndpointLogOwner.Endpoint(Guid.NewGuid().ToString()), null);
        Assert.Equal(0, transport.Sent);
    }

    [Fact]
    public void Fast_transcription_is_refused_on_v3_and_its_2025_options_on_2024_11_15()
    {
        using var audio = new TempAudio(".wav", 64);
        Assert.Equal("NotSupportedByApiVersion", Assert.Throws<SpeechInputException>(() => Client("v3.2").CheckFastTranscription(new FastTranscriptionOptions { Path = audio.Path })).ErrorId);
        Client("2024-11-15").CheckFastTranscription(new FastTranscriptionOptions { Path = audio.Path });
        var e = Assert.Throws<SpeechInputException>(() => Client("2024-11-15").CheckFastTranscription(new FastTranscriptionOptions { Path = audio.Path, PhraseList = new[] { "Contoso" } }));
        Assert.Equal(("NotSupportedByApiVersion", "PhraseList"), (e.ErrorId, e.Target));
    }

    [Theory]
    [InlineData(".wav", 0, "EmptyFile")]
    [InlineData(".txt", 10, "UnsupportedAudioFormat")]
    [InlineData(null, 0, "FileNotFound")]
    public void Local_audio_for_fast_transcription_is_checked(string? extension, int bytes, string errorId)
    {
        using var audio = new TempAudio(extension ?? ".wav", bytes, create: extension != null);
        var e = Assert.Throws<SpeechInputException>(() => Client("2025-10-15").CheckFastTranscription(new FastTranscriptionOptions { Path = audio.Path }));
        Assert.Equal(errorId, e.ErrorId);
    }

    [Fact]
    public void A_web_hook_update_without_a_secret_is_refused_because_the_service_would_drop_it()
    {
        var e = Assert.Throws<SpeechInputException>(() => SpeechToTextClient.CheckWebHookChanges(new SpeechWebHookDefinition { DisplayName = "renamed" }));
        Assert.Equal("SecretRequired", e.ErrorId);
        Assert.Contains("-RemoveSecret", e.Message);
        SpeechToTextClient.CheckWebHookChanges(new SpeechWebHookDefinition { DisplayName = "renamed", Secret = "" });
    }

    [Theory]
    [InlineData("http://contoso.com/hook", "InsecureUrl")]
    [InlineData("https://user:pw@contoso.com/hook", "InvalidUrl")]
    [InlineData("contoso.com/hook", "InvalidUrl")]
    public void A_web_hook_URL_must_be_https_unless_it_is_loopback(string url, string errorId)
    {
        var e = Assert.Throws<SpeechInputException>(() => SpeechToTextClient.CheckWebHookDefinition(new SpeechWebHookDefinition { DisplayName = "h", WebUrl = url, Events = new[] { "Ping" } }));
        Assert.Equal(errorId, e.ErrorId);
        SpeechToTextClient.CheckWebHookDefinition(new SpeechWebHookDefinition { DisplayName = "h", WebUrl = "http://127.0.0.1:5000/hook", Events = new[] { "Ping" } });
    }

    private sealed class TempAudio : IDisposable
    {
        public TempAudio(string extension, int bytes, bool create = true)
        {
            Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), $"audio-{Guid.NewGuid():N}{extension}");
            if (create)
                File.WriteAllBytes(Path, new byte[bytes]);
        }

        public string Path { get; }

        public void Dispose() => File.Delete(Path);
    }
}
