using System.Management.Automation;
using SpeechCustom.Module.Tests.Support;
using Xunit;

namespace SpeechCustom.Module.Tests;

/// <summary>
/// Bad input to the custom voice cmdlets is rejected before any request reaches the service, with an ErrorId that
/// names the problem and a message that says how to fix it. Scripts see $wavFile, $mp3File, $txtFile, $missingFile,
/// $bigFile (a sparse file one byte over 30 MB) and $blob (a blob source).
/// </summary>
public sealed class CustomVoiceValidationTests(MockFixture mock) : IClassFixture<MockFixture>
{
    private const string Consent = "-ProjectId Jessica -VoiceTalentName 'Jessica Smith' -CompanyName Contoso -Locale en-US";
    private const string Model = "-ProjectId Jessica -ConsentId jessica-consent -TrainingSetId jessica-300";
    private const string Voice = "-ProjectId PersonalVoice -ConsentId jessica-consent";
    private const string GuidHint = "it must be a GUID, for example";
    private const string IdHint = "3 to 64 characters of letters, digits";

    public static TheoryData<string, string, string> BadInput => new()
    {
        // Ids: checked locally, naming the parameter and the rule.
        { "New-VoiceProject -Id 'x' -Kind ProfessionalVoice", "InvalidId", IdHint },
        { "New-VoiceProject -Id 'jessica pro' -Kind ProfessionalVoice", "InvalidId", "for -Id" },
        { "Get-VoiceProject -Id 'a b'", "InvalidId", IdHint },
        { "Remove-VoiceProject -Id 'x' -Force", "InvalidId", IdHint },
        { $"New-VoiceConsent -Id 'c!' {Consent} -AudioPath $wavFile", "InvalidId", "for -Id" },
        { "New-VoiceConsent -Id 'jessica-consent' -ProjectId 'Jes sica' -VoiceTalentName J -CompanyName C -Locale en-US -AudioPath $wavFile", "InvalidId", "for -ProjectId" },
        { "Get-VoiceConsent -Id '-bad-'", "InvalidId", IdHint },
        { "Remove-VoiceConsent -Id 'x' -Force", "InvalidId", IdHint },
        { "New-TrainingSet -Id 'ts' -ProjectId Jessica -Locale en-US", "InvalidId", IdHint },
        { "New-TrainingSet -Id 'jessica-300' -ProjectId 'J' -Locale en-US", "InvalidId", "for -ProjectId" },
        { "Get-TrainingSet -Id 'a/b'", "InvalidId", IdHint },
        { "Remove-TrainingSet -Id 'a' -Force", "InvalidId", IdHint },
        { "New-TrainingSetUpload -TrainingSetId 'set 1' -Kind AudioOnly -Audios $blob", "InvalidId", "for -TrainingSetId" },
        { $"New-VoiceModel -Id 'm' {Model} -VoiceName JessicaNeural", "InvalidId", "for -Id" },
        { "New-VoiceModel -Id 'jessica-model' -ProjectId Jessica -ConsentId 'c' -TrainingSetId jessica-300 -VoiceName JessicaNeural", "InvalidId", "for -ConsentId" },
        { "New-VoiceModel -Id 'jessica-model' -ProjectId Jessica -ConsentId jessica-consent -TrainingSetId 'set 1' -VoiceName JessicaNeural", "InvalidId", "for -TrainingSetId" },
        { $"New-VoiceModel -Id 'jessica-model' {Model} -VoiceName JessicaNeural -OperationId 'op id!'", "InvalidId", "for -OperationId" },
        { "Get-VoiceModel -Id 'a b'", "InvalidId", IdHint },
        { "Remove-VoiceModel -Id 'x' -Force", "InvalidId", IdHint },
        { "New-VoiceEndpoint -Id 'jessica-endpoint' -ProjectId Jessica -ModelId jessica-model", "InvalidId", GuidHint },
        { "New-VoiceEndpoint -ProjectId Jessica -ModelId 'm'", "InvalidId", "for -ModelId" },
        { "Get-VoiceEndpoint -Id 'jessica-endpoint'", "InvalidId", GuidHint },
        { "Remove-VoiceEndpoint -Id 'jessica-endpoint' -Force", "InvalidId", GuidHint },
        { "Suspend-VoiceEndpoint -Id 'jessica-endpoint'", "InvalidId", GuidHint },
        { "Resume-VoiceEndpoint -Id '12345'", "InvalidId", GuidHint },
        { "New-PersonalVoice -Id 'jessica-voice' -ProjectId 'P V' -ConsentId jessica-consent -AudioPath $wavFile", "InvalidId", "for -ProjectId" },
        { "Get-PersonalVoice -Id 'a b'", "InvalidId", IdHint },
        { "Remove-PersonalVoice -Id 'x' -Force", "InvalidId", IdHint },

        // List filters.
        { "Get-TrainingSet -ProjectId 'a b'", "InvalidId", "for -ProjectId" },
        { "Get-VoiceConsent -ProjectId 'a b'", "InvalidId", "for -ProjectId" },
        { "Get-VoiceModel -ProjectId 'x'", "InvalidId", "for -ProjectId" },
        { "Get-VoiceEndpoint -ProjectId 'x'", "InvalidId", "for -ProjectId" },
        { "Get-PersonalVoice -ProjectId 'x'", "InvalidId", "for -ProjectId" },
        { "Get-VoiceModel -Locale english", "InvalidLocale", "en-US" },
        { "Get-VoiceProject -Locale english", "InvalidLocale", "en-US" },

        // Locales.
        { "New-VoiceProject -Id 'jessica' -Kind ProfessionalVoice -Locale english", "InvalidLocale", "use a form like en-US" },
        { "New-TrainingSet -Id 'jessica-300' -ProjectId Jessica -Locale english", "InvalidLocale", "use a form like en-US" },
        { "New-VoiceConsent -Id 'jessica-consent' -ProjectId Jessica -VoiceTalentName J -CompanyName C -Locale english -AudioPath $wavFile", "InvalidLocale", "use a form like en-US" },
        { $"New-VoiceModel -Id 'jessica-model' {Model} -VoiceName JessicaNeural -Recipe CrossLingual -Locale german", "InvalidLocale", "use a form like en-US" },

        // Local audio files.
        { $"New-VoiceConsent -Id 'jessica-consent' {Consent} -AudioPath $missingFile", "FileNotFound", "does not exist" },
        { $"New-PersonalVoice -Id 'jessica-voice' {Voice} -AudioPath $wavFile, $missingFile", "FileNotFound", "does not exist" },
        { $"New-PersonalVoice -Id 'jessica-voice' {Voice} -AudioPath $bigFile", "FileTooLarge", "at most 30 MB per file. Trim the recording or split it" },
        { $"New-PersonalVoice -Id 'jessica-voice' {Voice} -AudioPath $wavFile, $bigFile", "FileTooLarge", "at most 30 MB" },
        { $"New-VoiceConsent -Id 'jessica-consent' {Consent} -AudioPath $txtFile", "UnsupportedAudioFormat", "is not a .wav or .mp3 file" },
        { $"New-PersonalVoice -Id 'jessica-voice' {Voice} -AudioPath $mp3File, $txtFile", "UnsupportedAudioFormat", "is not a .wav or .mp3 file" },
        { $"New-VoiceConsent -Id 'jessica-consent' {Consent} -AudioUrl 'http://contoso.blob.core.windows.net/c/consent.wav'", "InsecureUrl", "https" },
        { $"New-VoiceConsent -Id 'jessica-consent' {Consent} -AudioUrl 'consent.wav'", "InvalidUrl", "absolute https URL" },

        // Recipe rules.
        { $"New-VoiceModel -Id 'jessica-hd' {Model} -Recipe HD -VoiceName JessicaNeural", "InvalidVoiceName", "must end with ':DragonHDLatestNeural'" },
        { $"New-VoiceModel -Id 'jessica-model' {Model} -VoiceName 'Jessica:DragonHDLatestNeural'", "InvalidVoiceName", "use -Recipe HD" },
        { $"New-VoiceModel -Id 'jessica-model' {Model} -VoiceName Jessica", "InvalidVoiceName", "ending with 'Neural'" },
        { $"New-VoiceModel -Id 'jessica-model' {Model} -VoiceName 'Jessica Neural'", "InvalidVoiceName", "letters and digits" },
        { $"New-VoiceModel -Id 'jessica-cl' {Model} -VoiceName JessicaNeural -Recipe CrossLingual", "MissingLocale", "needs -Locale" },
        { $"New-VoiceModel -Id 'jessica-ms' {Model} -VoiceName JessicaNeural -Recipe MultiStyle -PresetStyle cheerful", "MissingLocale", "needs -Locale" },
        { $"New-VoiceModel -Id 'jessica-ms' {Model} -VoiceName JessicaNeural -Recipe MultiStyle -Locale en-US", "MissingStyles", "-PresetStyle" },
        { $"New-VoiceModel -Id 'jessica-model' {Model} -VoiceName JessicaNeural -PresetStyle cheerful", "StylesNeedMultiStyle", "add -Recipe MultiStyle" },
        { $"New-VoiceModel -Id 'jessica-cl' {Model} -VoiceName JessicaNeural -Recipe CrossLingual -Locale de-DE -StyleTrainingSet @{{ happy = 'jessica-happy' }}", "StylesNeedMultiStyle", "add -Recipe MultiStyle" },
        { $"New-VoiceModel -Id 'jessica-ms' {Model} -VoiceName JessicaNeural -Recipe MultiStyle -Locale en-US -StyleTrainingSet @{{ a = 'set-a'; b = 'set-b'; c = 'set-c'; d = 'set-d'; e = 'set-e'; f = 'set-f' }}", "TooManyStyles", "at most 5" },
        { $"New-VoiceModel -Id 'jessica-model' {Model} -VoiceName JessicaNeural -Recipe Fancy", "InvalidValue", "Default, CrossLingual, MultiStyle, HD" },

        // Enum values: PowerShell's binder lists the valid names.
        { "New-VoiceProject -Id 'jessica' -Kind Bogus", "CannotConvertArgumentNoMessage", "ProfessionalVoice, PersonalVoice" },
        { "Get-VoiceProject -Kind Bogus", "CannotConvertArgumentNoMessage", "ProfessionalVoice, PersonalVoice" },
        { "New-TrainingSet -Id 'jessica-300' -ProjectId Jessica -Locale en-US -VoiceKind Neutral", "CannotConvertArgumentNoMessage", "Female, Male" },
        { "New-VoiceEndpoint -ProjectId Jessica -ModelId jessica-model -Kind Slow", "CannotConvertArgumentNoMessage", "HighPerformance, FastResume" },
        { "New-TrainingSetUpload -TrainingSetId 'jessica-300' -Kind Bogus -Audios $blob", "CannotConvertArgumentNoMessage", "AudioAndScript, LongAudio, AudioOnly" },
    };

    [Theory]
    [MemberData(nameof(BadInput))]
    public void Bad_input_is_rejected_with_a_clear_message_before_any_request(string command, string errorId, string hint)
    {
        using var audio = new CustomVoiceAudioFolder();
        using var session = new ModuleSession();
        session.Run(mock.ConnectWithKey);
        var variables = new Dictionary<string, object?>
        {
            ["wavFile"] = audio.Wav("prompt.wav", "PROMPT"),
            ["mp3File"] = audio.Mp3("prompt.mp3", "PROMPT"),
            ["txtFile"] = audio.Text("consent.txt", "I, Jessica Smith, am aware that recordings of my voice will be used by Contoso."),
            ["missingFile"] = audio.Missing("missing.wav"),
            ["bigFile"] = audio.Sparse("long-prompt.wav", (30L * 1024 * 1024) + 1),
        };
        session.Run($"$blob = New-SpeechBlobSource -ContainerUrl '{CustomVoiceScripts.Blob("voicedata")}' -Extension .wav", variables);
        var before = mock.Server.Requests.Count;

        var result = session.Run(command);

        var error = result.FirstError;
        Assert.NotNull(error);
        Assert.StartsWith(errorId + ",", error!.FullyQualifiedErrorId, StringComparison.Ordinal);
        Assert.Contains(hint, error.ToString());
        Assert.Equal(ErrorCategory.InvalidArgument, error.CategoryInfo.Category);
        Assert.Empty(result.Output);
        Assert.Equal(before, mock.Server.Requests.Count);
    }

    [Theory]
    [InlineData("Get-VoiceModelRecipe -Kind '[Cross'", "-Kind")]
    [InlineData("Get-VoiceBaseModel -Name 'Dragon[Latest'", "-Name")]
    public void A_malformed_wildcard_for_the_catalogs_is_rejected_before_any_request(string command, string parameter)
    {
        using var session = new ModuleSession();
        session.Run(mock.ConnectWithKey);
        var before = mock.Server.Requests.Count;

        var result = session.Run(command);

        var error = result.FirstError;
        Assert.NotNull(error);
        Assert.Empty(result.Output);
        Assert.Equal(before, mock.Server.Requests.Count);
        Assert.Equal(ErrorCategory.InvalidArgument, error!.CategoryInfo.Category);
        Assert.Contains(parameter, error.ToString());
    }

    [Fact]
    public async Task A_local_file_of_exactly_30_MB_is_accepted_and_streamed()
    {
        using var audio = new CustomVoiceAudioFolder();
        var limit = audio.Sparse("thirty.wav", 30L * 1024 * 1024);
        var p = MockFixture.NewId("Limit");
        await mock.SeedPersonalVoiceProjectAsync(p, p + "-consent");
        using var session = new ModuleSession();

        var result = session.Run($"{mock.ConnectWithKey}\nNew-PersonalVoice -Id '{p}-voice' -ProjectId '{p}' -ConsentId '{p}-consent' -AudioPath '{limit}'");

        Assert.True(result.Errors.Count == 0, result.ErrorText);
        Assert.Equal("SpeechCustom.PersonalVoice", Assert.Single(result.Output).TypeNames[0]);
        var post = Assert.Single(mock.Server.Requests.Snapshot(), r => r.Method == "POST" && r.Path == $"/customvoice/personalvoices/{p}-voice");
        Assert.True(long.Parse(post.Headers["Content-Length"], System.Globalization.CultureInfo.InvariantCulture) > 30L * 1024 * 1024);
    }
}
