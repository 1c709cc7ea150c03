using SpeechCustom.Engine.Connection;
using SpeechCustom.Engine.Errors;
using SpeechCustom.Engine.Models.CustomVoice;
using SpeechCustom.Engine.Models.SpeechToText;
using SpeechCustom.Engine.Tests.Support;
using Xunit;

namespace SpeechCustom.Engine.Tests;

/// <summary>Bad input fails with a message that says how to fix it, and nothing is sent.</summary>
public sealed class ValidationTests
{
    private readonly NoRequestTransport transport = new();

    private SpeechContext Connect(string stt = "2025-10-15", string cv = "2026-01-01") => SpeechContext.Create(new SpeechConnectOptions
    {
        AuthType = SpeechAuthType.Key,
        Endpoint = new Uri("https://contoso.cognitiveservices.azure.com"),
        Key = "0123456789abcdef0123456789abcdef",
        SpeechToTextApiVersion = stt,
        CustomVoiceApiVersion = cv,
        Transport = transport,
    });

    [Theory]
    [InlineData("ab")]
    [InlineData("-starts-with-dash")]
    [InlineData("ends-with-dot.")]
    [InlineData("has space")]
    [InlineData("ü-not-ascii")]
    public async Task Invalid_custom_voice_ids_are_rejected_before_sending(string id)
    {
        var context = Connect();
        var e = await Assert.ThrowsAsync<SpeechInputException>(() => context.CustomVoice.UploadTrainingSetAsync(id, new TrainingSetUploadRequest
        {
            Kind = "AudioOnly",
            Audios = Seed.Blob("a/", ".wav"),
        }, null, default));
        Assert.Equal("InvalidId", e.ErrorId);
        Assert.Contains("3 to 64 characters", e.Message);
        Assert.Equal(0, transport.Sent);
    }

    [Fact]
    public void An_id_of_64_characters_is_valid_and_65_is_not()
    {
        Assert.Equal(new string('a', 64), Validation.InputRules.CustomVoiceIdOf(new string('a', 64), "Id"));
        Assert.Throws<SpeechInputException>(() => Validation.InputRules.CustomVoiceIdOf(new string('a', 65), "Id"));
    }

    [Theory]
    [InlineData("AudioAndScript", false, null, "MissingScripts")]
    [InlineData("LongAudio", false, null, "MissingScripts")]
    [InlineData("AudioOnly", true, null, "UnexpectedScripts")]
    [InlineData("AudioAndScript", true, "Contextual", "InvalidProcessAs")]
    [InlineData("Voices", true, null, "InvalidValue")]
    [InlineData("LongAudio", true, "Sideways", "InvalidValue")]
    public async Task Upload_rules_are_checked_locally(string kind, bool withScripts, string? processAs, string errorId)
    {
        var context = Connect();
        var e = await Assert.ThrowsAsync<SpeechInputException>(() => context.CustomVoice.UploadTrainingSetAsync("jessica-300", new TrainingSetUploadRequest
        {
            Kind = kind,
            ProcessAs = processAs,
            Audios = Seed.Blob("a/", ".wav"),
            Scripts = withScripts ? Seed.Blob("a/", ".txt") : null,
        }, null, default));
        Assert.Equal(errorId, e.ErrorId);
        Assert.Equal(0, transport.Sent);
    }

    [Theory]
    [InlineData("AudioAndScript", ".txt", ".txt", "-Audios")]
    [InlineData("AudioAndScript", ".wav", ".docx", "-Scripts")]
    [InlineData("AudioOnly", ".zip", null, "-Audios")]
    public async Task Upload_file_extensions_must_be_what_the_service_reads(string kind, string audio, string? scripts, string parameter)
    {
        var context = Connect();
        var e = await Assert.ThrowsAsync<SpeechInputException>(() => context.CustomVoice.UploadTrainingSetAsync("jessica-300", new TrainingSetUploadRequest
        {
            Kind = kind, Audios = Seed.Blob("a/", audio), Scripts = scripts is null ? null : Seed.Blob("a/", scripts),
        }, null, default));
        Assert.Equal("InvalidExtension", e.ErrorId);
        Assert.Contains(parameter, e.Message);
        Assert.Equal(0, transport.Sent);
    }

    [Fact]
    public void Long_audio_scripts_may_be_Word_documents()
        => Connect().CustomVoice.CheckUpload(new TrainingSetUploadRequest { Kind = "LongAudio", Audios = Seed.Blob("a/", ".mp3"), Scripts = Seed.Blob("a/", ".docx") });

    [Fact]
    public async Task ProcessAs_needs_api_version_2026()
    {
        var context = Connect(cv: "2024-02-01-preview");
        var e = await Assert.ThrowsAsync<SpeechInputException>(() => context.CustomVoice.UploadTrainingSetAsync("jessica-300", new TrainingSetUploadRequest
        {
            Kind = "LongAudio", ProcessAs = "Contextual", Audios = Seed.Blob("a/", ".wav"), Scripts = Seed.Blob("a/", ".txt"),
        }, null, default));
        Assert.Equal("UnsupportedParameter", e.ErrorId);
        Assert.Contains("2026-01-01", e.Message);
    }

    [Theory]
    [InlineData("http://contoso.blob.core.windows.net/c?sig=x", "InsecureUrl")]
    [InlineData("not a url", "InvalidUrl")]
    [InlineData("https://contoso.blob.core.windows.net/?sig=x", "InvalidContainerUrl")]
    public async Task Blob_sources_are_checked(string url, string errorId)
    {
        var context = Connect();
        var audios = Seed.Blob("a/", ".wav");
        audios.ContainerUrl = url;
        var e = await Assert.ThrowsAsync<SpeechInputException>(() => context.CustomVoice.UploadTrainingSetAsync("jessica-300", new TrainingSetUploadRequest { Kind = "AudioOnly", Audios = audios }, null, default));
        Assert.Equal(errorId, e.ErrorId);
        Assert.DoesNotContain("sig=x", e.Message);
    }

    [Fact]
    public void Extensions_are_normalized_and_bad_ones_rejected()
    {
        Assert.Equal(new[] { ".wav", ".mp3" }, Validation.InputRules.ExtensionsOf(new[] { "wav", "*.MP3", ".wav" }, "Extension"));
        Assert.Throws<SpeechInputException>(() => Validation.InputRules.ExtensionsOf(new[] { ".w a v" }, "Extension"));
        Assert.Throws<SpeechInputException>(() => Validation.InputRules.ExtensionsOf(Array.Empty<string>(), "Extension"));
    }

    [Theory]
    [InlineData("http://contoso.cognitiveservices.azure.com", "InsecureEndpoint")]
    [InlineData("https://contoso.cognitiveservices.azure.com/speechtotext/v3.2", "InvalidEndpoint")]
    public void Endpoints_must_be_https_resource_roots(string endpoint, string errorId)
    {
        var e = Assert.Throws<SpeechInputException>(() => SpeechContext.Create(new SpeechConnectOptions { AuthType = SpeechAuthType.Key, Endpoint = new Uri(endpoint), Key = "k" }));
        Assert.Equal(errorId, e.ErrorId);
    }

    [Theory]
    [InlineData("http://127.0.0.1:5005")]
    [InlineData("http://localhost:5005")]
    [InlineData("http://[::1]:5005")]
    public void Plain_http_is_allowed_for_loopback(string endpoint)
        => Assert.Equal(new Uri(endpoint), SpeechContext.Create(new SpeechConnectOptions { AuthType = SpeechAuthType.Key, Endpoint = new Uri(endpoint), Key = "k" }).Endpoint);

    [Fact]
    public void A_region_becomes_the_regional_endpoint()
    {
        var context = SpeechContext.Create(new SpeechConnectOptions { AuthType = SpeechAuthType.Key, Region = "WestEurope", Key = "k" });
        Assert.Equal(new Uri("https://westeurope.api.cognitive.microsoft.com"), context.Endpoint);
        Assert.Equal("westeurope", context.Region);
        Assert.Throws<SpeechInputException>(() => SpeechContext.Create(new SpeechConnectOptions { AuthType = SpeechAuthType.Key, Region = "west europe!", Key = "k" }));
    }

    [Theory]
    [InlineData("2099-01-01", null)]
    [InlineData(null, "v9")]
    public void Unknown_api_versions_are_rejected(string? cv, string? stt)
    {
        var e = Assert.Throws<SpeechInputException>(() => Connect(stt ?? "2025-10-15", cv ?? "2026-01-01"));
        Assert.Equal("UnsupportedApiVersion", e.ErrorId);
    }

    [Fact]
    public void Missing_secrets_are_named()
    {
        var e = Assert.Throws<SpeechInputException>(() => SpeechContext.Create(new SpeechConnectOptions
        {
            AuthType = SpeechAuthType.ServicePrincipalSecret, Endpoint = new Uri("https://x.cognitiveservices.azure.com"), TenantId = "t", ClientId = "c",
        }));
        Assert.Contains("-ClientSecret", e.Message);
    }

    [Fact]
    public async Task Projects_on_2024_11_15_fail_before_sending()
    {
        var context = Connect(stt: "2024-11-15");
        var e = Assert.Throws<SpeechInputException>(() => context.SpeechToText.ProjectReference(Guid.NewGuid().ToString()));
        Assert.Equal("ProjectsNotSupported", e.ErrorId);
        Assert.Contains("2025-10-15", e.Message);
        await Task.CompletedTask;
        Assert.Equal(0, transport.Sent);
    }

    [Theory]
    [InlineData("Voices", "en-US", "name", "InvalidValue")]
    [InlineData("Acoustic", "english", "name", "InvalidLocale")]
    [InlineData("Acoustic", "en-US", " ", "MissingParameter")]
    public async Task Dataset_definitions_are_checked(string kind, string locale, string name, string errorId)
    {
        var context = Connect();
        var e = await Assert.ThrowsAsync<SpeechInputException>(() => context.SpeechToText.CreateDatasetAsync(new CsrDatasetDefinition
        {
            Kind = kind, Locale = locale, DisplayName = name, ContentUrl = "https://contoso.blob.core.windows.net/d/a.zip?sig=x",
        }, default));
        Assert.Equal(errorId, e.ErrorId);
        Assert.Equal(0, transport.Sent);
    }

    [Fact]
    public async Task Custom_properties_follow_the_service_limits()
    {
        var context = Connect();
        var many = Enumerable.Range(0, 11).ToDictionary(i => "k" + i, i => "v");
        var e = await Assert.ThrowsAsync<SpeechInputException>(() => context.SpeechToText.CreateDatasetAsync(new CsrDatasetDefinition
        {
            Kind = "Acoustic", Locale = "en-US", DisplayName = "d", ContentUrl = "https://contoso.blob.core.windows.net/d/a.zip", CustomProperties = many,
        }, default));
        Assert.Equal("TooManyCustomProperties", e.ErrorId);
    }
}
