using System.Management.Automation;
using System.Text.Json;
using SpeechCustom.Module.Tests.Support;
using Xunit;
using static SpeechCustom.Module.Tests.TranscriptionScripts;

namespace SpeechCustom.Module.Tests;

/// <summary>Fast transcription of local files: one multipart request each, the transcript in the same model as batch results.</summary>
public sealed class TranscriptionFastTests(MockFixture mock) : IClassFixture<MockFixture>
{
    [Fact]
    public void Local_files_piped_from_a_folder_are_transcribed_into_typed_results()
    {
        using var audio = new CustomVoiceAudioFolder();
        var first = audio.Wav("call-1.wav", "FIRST-CALL");
        var second = audio.Mp3("call [2].mp3", "SECOND-CALL"); // [ ] would be a wildcard in -Path: piped files bind -LiteralPath
        using var session = new ModuleSession();
        session.Run(mock.ConnectWithKey);
        var before = mock.Server.Requests.Count;

        var result = session.Run($"""
            [System.IO.DirectoryInfo]::new('{audio.Root}').GetFiles() | Invoke-SpeechTranscription -Locale en-US -Diarization -MaxSpeakers 2 -ProfanityFilterMode Masked
            """);

        Assert.True(result.Errors.Count == 0, result.ErrorText);
        Assert.Equal(2, result.Output.Count);
        Assert.All(result.Output, r => Assert.Equal("SpeechCustom.SpeechTranscriptionResult", r.TypeNames[0]));
        Assert.Equal(new[] { first, second }.Order(), result.Output.Select(r => (string)r.Properties["Source"].Value).Order());
        foreach (var transcript in result.Output)
        {
            Assert.False(string.IsNullOrWhiteSpace((string)transcript.Properties["Text"].Value));
            Assert.True((TimeSpan)transcript.Properties["Duration"].Value > TimeSpan.Zero);
            var phrases = ((IEnumerable<object>)transcript.Properties["Phrases"].Value).Select(PSObject.AsPSObject).ToList();
            Assert.NotEmpty(phrases);
            Assert.All(phrases, p => Assert.NotNull(p.Properties["Speaker"].Value));
            Assert.All(phrases, p => Assert.NotNull(p.Properties["Confidence"].Value));
            Assert.Equal(phrases.Select(p => (TimeSpan)p.Properties["Offset"].Value).Order(), phrases.Select(p => (TimeSpan)p.Properties["Offset"].Value));
        }

        var posts = Since(mock.Server.Requests, before).Where(r => r.Method == "POST").ToList();
        Assert.Equal(2, posts.Count);
        Assert.All(posts, p => Assert.Equal("/speechtotext/transcriptions:transcribe", p.Path));
        Assert.All(posts, p => Assert.StartsWith("multipart/form-data", p.Headers["Content-Type"], StringComparison.Ordinal));
        Assert.Contains(posts, p => p.Body.Contains("FIRST-CALL", StringComparison.Ordinal));
        Assert.Contains(posts, p => p.Body.Contains("SECOND-CALL", StringComparison.Ordinal));
        var definition = Definition(posts[0]);
        Assert.Equal("en-US", definition.GetProperty("locales")[0].GetString());
        Assert.Equal((true, 2), (definition.GetProperty("diarization").GetProperty("enabled").GetBoolean(), definition.GetProperty("diarization").GetProperty("maxSpeakers").GetInt32()));
        Assert.Equal("Masked", definition.GetProperty("profanityFilterMode").GetString());
    }

    [Fact]
    public void A_URL_piped_among_files_is_an_error_of_its_own_and_the_files_are_still_transcribed()
    {
        using var audio = new CustomVoiceAudioFolder();
        var wav = audio.Wav("a.wav", "A");
        using var session = new ModuleSession();
        session.Run(mock.ConnectWithKey);

        var result = session.Run($"'https://contoso.blob.core.windows.net/calls/x.wav', '{wav}' | Invoke-SpeechTranscription");

        Assert.Null(result.Terminating);
        Assert.StartsWith("InvalidPath,", Assert.Single(result.Errors).FullyQualifiedErrorId, StringComparison.Ordinal);
        Assert.Equal(wav, Assert.Single(result.Output).Properties["Source"].Value);
    }

    [Fact]
    public void WhatIf_names_each_file_and_transcribes_nothing()
    {
        using var audio = new CustomVoiceAudioFolder();
        audio.Wav("a.wav", "A");
        audio.Text("b.m4a", "not really audio, but an accepted container");
        using var session = new ModuleSession();
        session.Run(mock.ConnectWithKey);
        var before = mock.Server.Requests.Count;

        var result = session.Run($"[System.IO.DirectoryInfo]::new('{audio.Root}').GetFiles() | Invoke-SpeechTranscription -WhatIf");

        Assert.True(result.Errors.Count == 0, result.ErrorText);
        Assert.Empty(result.Output);
        Assert.Contains("Performing the operation \"Transcribe\" on target \"" + Path.Combine(audio.Root, "a.wav"), result.HostText);
        Assert.Contains(Path.Combine(audio.Root, "b.m4a"), result.HostText);
        Assert.Equal(before, mock.Server.Requests.Count);
    }

    [Fact]
    public void The_2025_10_15_options_audio_URL_phrase_list_and_enhanced_mode_are_sent()
    {
        using var session = new ModuleSession();
        session.Run(mock.ConnectWithKey);
        var before = mock.Server.Requests.Count;

        var result = session.Run($"""
            Invoke-SpeechTranscription -AudioUrl 'https://contoso.blob.core.windows.net/calls/call-9.wav?{MockFixture.Sas}' -PhraseList Contoso, 'Jessica Smith' -PhraseListWeight 2 -EnhancedMode -EnhancedTask Translate -TargetLanguage de -Prompt 'Call center conversation'
            """);

        Assert.True(result.Errors.Count == 0, result.ErrorText);
        var transcript = Assert.Single(result.Output);
        Assert.StartsWith("https://contoso.blob.core.windows.net/calls/call-9.wav?", (string)transcript.Properties["Source"].Value);
        Assert.DoesNotContain(SasSignature, result.AllText());
        var definition = Definition(Assert.Single(Since(mock.Server.Requests, before), r => r.Method == "POST"));
        Assert.StartsWith("https://contoso.blob.core.windows.net/calls/call-9.wav?", definition.GetProperty("audioUrl").GetString());
        Assert.Equal(new[] { "Contoso", "Jessica Smith" }, definition.GetProperty("phraseList").GetProperty("phrases").EnumerateArray().Select(p => p.GetString()));
        Assert.Equal(2, definition.GetProperty("phraseList").GetProperty("biasingWeight").GetDouble());
        var enhanced = definition.GetProperty("enhancedMode");
        Assert.Equal((true, "translate", "de"), (enhanced.GetProperty("enabled").GetBoolean(), enhanced.GetProperty("task").GetString(), enhanced.GetProperty("targetLanguage").GetString()));
    }

    /// <summary>The JSON of the multipart form's definition field.</summary>
    private static JsonElement Definition(MockServer.MockRequestEntry request)
    {
        const string marker = "name=\"definition\"\r\n\r\n";
        var start = request.Body.IndexOf(marker, StringComparison.Ordinal) + marker.Length;
        var end = request.Body.IndexOf("\r\n--", start, StringComparison.Ordinal);
        return JsonDocument.Parse(request.Body[start..end]).RootElement;
    }
}
