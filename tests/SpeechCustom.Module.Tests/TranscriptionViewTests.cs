using System.Xml.Linq;
using SpeechCustom.Module.Tests.Support;
using Xunit;
using static SpeechCustom.Module.Tests.CustomVoiceScripts;
using static SpeechCustom.Module.Tests.TranscriptionScripts;

namespace SpeechCustom.Module.Tests;

/// <summary>Every transcription, endpoint, web hook and health object has a default table; locales and kinds complete with Tab.</summary>
public sealed class TranscriptionViewTests(MockFixture mock) : IClassFixture<MockFixture>
{
    private const string Engine = "SpeechCustom.Engine.Models.SpeechToText.";

    [Fact]
    public void Every_output_type_has_a_default_table_view()
    {
        var types = new[]
        {
            "SpeechCustom.CsrEndpoint", "SpeechCustom.SpeechTranscription", "SpeechCustom.SpeechWebHook", "SpeechCustom.SpeechServiceHealth",
            "SpeechCustom.SpeechTranscriptionResult", "SpeechCustom.SpeechTranscriptionReport", "SpeechCustom.SpeechTranscriptionLocale",
            "SpeechCustom.WebHookSignatureCheck", "SpeechCustom.CsrFile",
            Engine + "TranscriptionPhrase", Engine + "TranscriptionWord", Engine + "TranscriptionChannelText", Engine + "TranscriptionReportEntry",
            Engine + "SpeechServiceHealthComponent",
        };
        var views = Directory.GetFiles(RepoPaths.ModuleFolder, "*.format.ps1xml")
            .SelectMany(f => XDocument.Load(f).Descendants("View"))
            .Where(v => v.Element("TableControl") != null).SelectMany(v => v.Descendants("TypeName")).Select(t => t.Value).ToHashSet();
        Assert.All(types, t => Assert.Contains(t, views));
    }

    [Fact]
    public void Transcripts_their_phrases_words_report_files_and_locales_show_as_tables()
    {
        using var session = new ModuleSession();
        var result = session.Run($$"""
            {{mock.ConnectWithKey}}
            {{AudioUrls(2, 1)}}
            $job = New-SpeechTranscription -DisplayName '{{MockFixture.NewId("views")}}' -Locale en-US -ContentUrl $urls -Diarization -WordLevelTimestamps -Wait -PollingIntervalSec 0.2
            $job | Out-Host
            $all = @($job | Receive-SpeechTranscriptionResult -IncludeReport -ErrorAction SilentlyContinue)
            $transcript = $all | Where-Object { $_.PSTypeNames[0] -eq 'SpeechCustom.SpeechTranscriptionResult' }
            $report = $all | Where-Object { $_.PSTypeNames[0] -eq 'SpeechCustom.SpeechTranscriptionReport' }
            $transcript | Out-Host
            $transcript.Phrases | Out-Host
            $transcript.Phrases[0].Words | Out-Host
            $transcript.Channels | Out-Host
            $report | Out-Host
            $report.Details | Out-Host
            $job | Get-SpeechTranscriptionFile -Kind TranscriptionReport | Out-Host
            Get-SpeechTranscriptionLocale -Locale en-US | Out-Host
            Test-SpeechWebHookSignature -Body 'x' -Signature 'eA==' -Secret (ConvertTo-SecureString 'a-webhook-secret' -AsPlainText -Force) -Detailed | Out-Host
            """);

        Assert.Null(result.Terminating);
        AssertTableHeader(result.HostText, "Id", "DisplayName", "Locale", "Status", "Created", "Duration", "Speakers", "Error");
        AssertTableHeader(result.HostText, "Source", "Duration", "Phrases", "Speakers", "Text");
        AssertTableHeader(result.HostText, "Offset", "Duration", "Channel", "Speaker", "Confidence", "Locale", "Text");
        AssertTableHeader(result.HostText, "Offset", "Duration", "Confidence", "Text");
        AssertTableHeader(result.HostText, "Channel", "Text");
        AssertTableHeader(result.HostText, "TranscriptionId", "Succeeded", "Failed", "Path");
        AssertTableHeader(result.HostText, "Status", "ErrorKind", "Source", "ErrorMessage");
        AssertTableHeader(result.HostText, "Locale", "Batch", "Fast");
        AssertTableHeader(result.HostText, "IsValid", "Algorithm", "BodyLength", "Reason");
        Assert.Contains("report.json", result.HostText);
        Assert.DoesNotContain(SasSignature, result.HostText);
    }

    [Theory]
    [InlineData("New-SpeechTranscription -Locale ", "en-US,de-DE")]
    [InlineData("New-SpeechTranscription -CandidateLocale fr", "fr-FR")]
    [InlineData("Invoke-SpeechTranscription -Locale ja", "ja-JP")]
    [InlineData("New-CsrEndpoint -Locale en-", "en-US,en-GB")]
    [InlineData("Get-SpeechTranscription -Locale de", "de-DE")]
    public void Locales_complete_from_the_connected_resource(string typed, string expected)
    {
        using var session = new ModuleSession();
        session.Run(mock.ConnectWithKey);
        var completion = session.Run($"(TabExpansion2 -inputScript '{typed}' -cursorColumn {typed.Length}).CompletionMatches.CompletionText");
        var offered = completion.BaseObjects.Cast<string>().ToList();
        Assert.All(expected.Split(','), e => Assert.Contains(e, offered));
        var prefix = typed.Split(' ')[^1];
        Assert.All(offered, o => Assert.StartsWith(prefix, o, StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public void The_locale_list_is_read_once_and_then_completes_from_the_cache()
    {
        using var session = new ModuleSession();
        session.Run(mock.ConnectWithKey);
        const string typed = "New-SpeechTranscription -Locale e";
        var before = mock.Server.Requests.Count(r => r.Path.EndsWith("/transcriptions/locales", StringComparison.Ordinal));
        session.Run($"(TabExpansion2 -inputScript '{typed}' -cursorColumn {typed.Length}).CompletionMatches.CompletionText");
        var second = session.Run($"(TabExpansion2 -inputScript '{typed}' -cursorColumn {typed.Length}).CompletionMatches.CompletionText");
        Assert.Contains("en-US", second.BaseObjects);
        Assert.Equal(before + 1, mock.Server.Requests.Count(r => r.Path.EndsWith("/transcriptions/locales", StringComparison.Ordinal)));
    }

    [Theory]
    [InlineData("New-SpeechTranscription -PunctuationMode ", "None,Dictated,Automatic,DictatedAndAutomatic")]
    [InlineData("New-SpeechTranscription -ProfanityFilterMode ", "None,Removed,Tags,Masked")]
    [InlineData("New-SpeechTranscription -LanguageIdentificationMode ", "Continuous,Single")]
    [InlineData("Get-SpeechTranscriptionFile -Kind ", "Transcription,TranscriptionReport")]
    [InlineData("Invoke-SpeechTranscription -EnhancedTask ", "Transcribe,Translate")]
    [InlineData("New-SpeechWebHook -Event Transcription", "Transcription,TranscriptionCreation,TranscriptionProcessing,TranscriptionCompletion,TranscriptionDeletion")]
    [InlineData("Set-SpeechWebHook -Event P", "Ping")]
    public void Kinds_complete_with_their_values(string typed, string expected)
    {
        using var session = new ModuleSession();
        var completion = session.Run($"(TabExpansion2 -inputScript '{typed}' -cursorColumn {typed.Length}).CompletionMatches.CompletionText");
        Assert.Equal(expected.Split(',').Order(), completion.BaseObjects.Cast<string>().Order());
    }
}
