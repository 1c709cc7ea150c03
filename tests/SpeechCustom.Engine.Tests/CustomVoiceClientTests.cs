using SpeechCustom.Engine.CustomVoice;
using SpeechCustom.Engine.Errors;
using SpeechCustom.Engine.Models.Common;
using SpeechCustom.Engine.Models.CustomVoice;
using SpeechCustom.Engine.Tests.Support;
using Xunit;

namespace SpeechCustom.Engine.Tests;

/// <summary>The custom voice client's own rules: what it checks locally, what it sends, and the advice it adds to service errors.</summary>
public sealed class CustomVoiceClientTests(MockServerFixture mock) : IClassFixture<MockServerFixture>
{
    private static VoiceModel Model(string recipe = "Default", string voiceName = "JessicaNeural", string? locale = null) => new()
    {
        Id = "jessica-model", ProjectId = "Jessica", ConsentId = "jessica-consent", TrainingSetId = "jessica-300", VoiceName = voiceName,
        Recipe = new VoiceModelRecipe { Kind = recipe }, Locale = locale,
    };

    [Fact]
    public void A_model_definition_is_returned_with_the_recipe_spelled_as_the_service_expects()
    {
        var body = CustomVoiceClient.CheckModel(Model(recipe: "hd", voiceName: "Jessica:DragonHDLatestNeural"));
        Assert.Equal("HD", body.Recipe!.Kind);
        Assert.Null(body.Properties);

        var multi = CustomVoiceClient.CheckModel(new VoiceModel
        {
            Id = "jessica-ms", ProjectId = "Jessica", ConsentId = "jessica-consent", TrainingSetId = "jessica-300", VoiceName = "JessicaNeural",
            Recipe = new VoiceModelRecipe { Kind = "MultiStyle" }, Locale = "en-US",
            Properties = new VoiceModelProperties { PresetStyles = new List<string> { "cheerful", " " }, StyleTrainingSetIds = new Dictionary<string, string> { ["whisper"] = "jessica-whisper" } },
        });
        Assert.Equal(new[] { "cheerful" }, multi.Properties!.PresetStyles);
        Assert.Equal("jessica-whisper", multi.Properties.StyleTrainingSetIds!["whisper"]);
    }

    [Theory]
    [InlineData("HD", "JessicaNeural", null, "InvalidVoiceName")]
    [InlineData("Default", "Jessica", null, "InvalidVoiceName")]
    [InlineData("CrossLingual", "JessicaNeural", null, "MissingLocale")]
    [InlineData("MultiStyle", "JessicaNeural", "en-US", "MissingStyles")]
    [InlineData("Premium", "JessicaNeural", null, "InvalidValue")]
    public void Recipe_rules_fail_locally_with_their_own_error_id(string recipe, string voiceName, string? locale, string errorId)
    {
        var error = Assert.Throws<SpeechInputException>(() => CustomVoiceClient.CheckModel(Model(recipe, voiceName, locale)));
        Assert.Equal(errorId, error.ErrorId);
    }

    [Fact]
    public void An_endpoint_gets_a_new_guid_when_none_is_given_and_a_given_one_is_normalized()
    {
        var created = CustomVoiceClient.CheckEndpoint(new VoiceEndpoint { ProjectId = "Jessica", ModelId = "jessica-model" });
        Assert.True(Guid.TryParse(created.Id, out _));
        var given = CustomVoiceClient.CheckEndpoint(new VoiceEndpoint { Id = "{9F50C644-2121-40E9-9EA7-544E48BFE3CB}", ProjectId = "Jessica", ModelId = "jessica-model" });
        Assert.Equal("9f50c644-2121-40e9-9ea7-544e48bfe3cb", given.Id);
    }

    [Fact]
    public void SkipExisting_compares_only_the_fields_the_caller_gave()
    {
        var existing = new TrainingSet { Id = "jessica-300", ProjectId = "Jessica", Locale = "en-US", VoiceKind = "Female", DisplayName = "Portal name" };
        Assert.Empty(DefinitionComparer.Differences(existing, new TrainingSet { Id = "jessica-300", ProjectId = "Jessica", Locale = "en-US" }));
        Assert.Equal(
            new[] { "Locale is 'en-US', not 'de-DE'", "VoiceKind is 'Female', not 'Male'" },
            DefinitionComparer.Differences(existing, new TrainingSet { Id = "jessica-300", ProjectId = "Jessica", Locale = "de-DE", VoiceKind = "Male" }));
    }

    [Fact]
    public async Task A_personal_voice_with_an_oversize_local_file_sends_nothing()
    {
        var folder = Directory.CreateTempSubdirectory("speechcustom-engine-");
        try
        {
            var big = Path.Combine(folder.FullName, "big.wav");
            using (var stream = File.Create(big))
                stream.SetLength(30L * 1024 * 1024 + 1);
            var context = mock.Connect();
            var before = mock.Server.Requests.Count;

            var error = await Assert.ThrowsAsync<SpeechInputException>(() => context.CustomVoice.CreatePersonalVoiceAsync(
                new PersonalVoice { Id = "jessica-voice", ProjectId = "Personal", ConsentId = "jessica" }, new[] { big }, null, default));

            Assert.Equal("FileTooLarge", error.ErrorId);
            Assert.Equal(before, mock.Server.Requests.Count);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    [Fact]
    public async Task A_project_delete_refused_for_its_models_says_how_to_force_it_and_forceDelete_removes_them()
    {
        var context = mock.Connect();
        var project = MockServerFixture.NewId("engine-force");
        await context.CustomVoice.CreateProjectAsync(new VoiceProject { Id = project, Kind = "ProfessionalVoice" }, default);
        await context.CustomVoice.CreateConsentAsync(new VoiceConsent
        {
            Id = project + "-c", ProjectId = project, VoiceTalentName = "Jessica Smith", CompanyName = "Contoso", Locale = "en-US",
            AudioUrl = "https://contoso.blob.core.windows.net/consents/jessica.wav?sv=2024-08-04&sig=abc",
        }, null, null, default);
        await context.CustomVoice.CreateTrainingSetAsync(new TrainingSet { Id = project + "-t", ProjectId = project, Locale = "en-US" }, default);
        var upload = await context.CustomVoice.UploadTrainingSetAsync(project + "-t", new TrainingSetUploadRequest
        {
            Kind = "AudioOnly",
            Audios = new BlobContentSource { ContainerUrl = "https://contoso.blob.core.windows.net/voicedata?sv=2024-08-04&sig=abc", Extensions = new List<string> { ".wav" } },
        }, null, default);
        for (var polls = 0; polls < 200 && (await context.CustomVoice.GetTrainingSetAsync(project + "-t", default)).Properties?.UtteranceCount is null or 0; polls++)
            await Task.Delay(50);
        await context.CustomVoice.CreateModelAsync(new VoiceModel
        {
            Id = project + "-m", ProjectId = project, ConsentId = project + "-c", TrainingSetId = project + "-t", VoiceName = "JessicaNeural",
            Recipe = new VoiceModelRecipe { Kind = "Default" },
        }, null, default);
        Assert.NotNull(upload.Id);

        var refused = await Assert.ThrowsAsync<SpeechServiceException>(() => context.CustomVoice.DeleteProjectAsync(project, forceDelete: false, default));
        Assert.Equal(400, refused.Status);
        Assert.Contains($"Remove-VoiceProject -Id {project} -Force", refused.RecommendedAction);

        await context.CustomVoice.DeleteProjectAsync(project, forceDelete: true, default);
        var gone = await Assert.ThrowsAsync<SpeechServiceException>(() => context.CustomVoice.GetModelAsync(project + "-m", default));
        Assert.Equal(404, gone.Status);
    }
}
