using System.Text;
using SpeechCustom.Engine.Errors;
using SpeechCustom.Engine.Transcription;
using Xunit;

namespace SpeechCustom.Engine.Tests;

/// <summary>The service's result files (speechtotext.md §6) read into transcripts: ticks, ISO and milliseconds alike.</summary>
public sealed class TranscriptionResultParserTests
{
    // The documented example (batch-transcription-get.md), with diarization, word timestamps and a failed phrase added.
    private const string ResultFile = """
        { "source": "https://contoso.blob.core.windows.net/calls/call1.wav?sv=2024-08-04&sp=r&sig=SECRETsig%3D",
          "timestamp": "2025-05-24T13:37:05Z",
          "durationInTicks": 25800000, "durationMilliseconds": 2580, "duration": "PT2.58S",
          "combinedRecognizedPhrases": [ { "channel": 0, "lexical": "hello world", "itn": "hello world", "maskedITN": "hello world", "display": "Hello world." } ],
          "recognizedPhrases": [
            { "recognitionStatus": "Success", "channel": 0, "speaker": 2,
              "offset": "PT1.5S", "duration": "PT0.5S", "offsetInTicks": 15000000.0, "durationInTicks": 5000000.0,
              "nBest": [ { "confidence": 0.9, "lexical": "world", "display": "World.",
                           "words": [ { "word": "world", "offset": "PT1.5S", "duration": "PT0.5S", "offsetInTicks": 15000000.0, "durationInTicks": 5000000.0, "confidence": 0.8 } ] } ] },
            { "recognitionStatus": "Success", "channel": 0, "speaker": 1,
              "offset": "PT0.76S", "duration": "PT0.7S",
              "nBest": [ { "confidence": 0.5643338, "lexical": "hello", "display": "Hello",
                           "displayWords": [ { "displayText": "Hello", "offsetMilliseconds": 760, "durationMilliseconds": 700 } ] } ] },
            { "recognitionStatus": "NoMatch", "channel": 0, "offset": "PT2S", "duration": "PT0.1S" }
          ] }
        """;

    [Fact]
    public void A_result_file_becomes_a_transcript_with_phrases_in_order()
    {
        var result = ResultParser.ParseResultFile(Encoding.UTF8.GetBytes(ResultFile), "tid", "contenturl_0.json");

        Assert.Equal("tid", result.TranscriptionId);
        Assert.Equal("contenturl_0.json", result.FileName);
        Assert.Equal(TimeSpan.FromSeconds(2.58), result.Duration);
        Assert.Equal("Hello world.", result.Text);
        Assert.Equal(0, Assert.Single(result.Channels).Channel);
        Assert.Equal(new[] { "Hello", "World." }, result.Phrases.Select(p => p.Text));
        Assert.Equal(TimeSpan.FromSeconds(0.76), result.Phrases[0].Offset);
        Assert.Equal(TimeSpan.FromSeconds(0.7), result.Phrases[0].Duration);
        Assert.Equal(TimeSpan.FromSeconds(1.5), result.Phrases[1].Offset);
        Assert.Equal(0.5643338, result.Phrases[0].Confidence);
        Assert.Equal(new int?[] { 1, 2 }, result.Phrases.Select(p => p.Speaker));
        Assert.Equal(2, result.SpeakerCount);
        var word = Assert.Single(result.Phrases[1].Words!);
        Assert.Equal(("world", TimeSpan.FromSeconds(1.5), TimeSpan.FromSeconds(0.5), (double?)0.8), (word.Text, word.Offset, word.Duration, word.Confidence));
        Assert.Null(result.Phrases[0].Words);
        Assert.Equal(TimeSpan.FromMilliseconds(760), Assert.Single(result.Phrases[0].DisplayWords!).Offset);
    }

    [Fact]
    public void The_source_keeps_its_container_but_not_its_SAS_signature()
    {
        var result = ResultParser.ParseResultFile(Encoding.UTF8.GetBytes(ResultFile), null, null);
        Assert.StartsWith("https://contoso.blob.core.windows.net/calls/call1.wav?sv=2024-08-04&sp=r&sig=", result.Source);
        Assert.DoesNotContain("SECRETsig", result.Source);
    }

    [Fact]
    public void Each_channel_keeps_its_own_text()
    {
        const string stereo = """
            { "combinedRecognizedPhrases": [ { "channel": 0, "display": "Agent speaking." }, { "channel": 1, "display": "Customer speaking." } ],
              "recognizedPhrases": [] }
            """;
        var result = ResultParser.ParseResultFile(Encoding.UTF8.GetBytes(stereo), null, null);
        Assert.Equal(new[] { (0, "Agent speaking."), (1, "Customer speaking.") }, result.Channels.Select(c => (c.Channel!.Value, c.Text)));
        Assert.Equal("Agent speaking." + Environment.NewLine + "Customer speaking.", result.Text);
        Assert.Null(result.SpeakerCount);
    }

    [Fact]
    public void A_report_lists_each_audio_with_the_reason_of_a_failure()
    {
        const string report = """
            { "successfulTranscriptionsCount": 1, "failedTranscriptionsCount": 1,
              "details": [ { "source": "https://contoso.blob.core.windows.net/calls/a.wav?sig=S1", "status": "Succeeded" },
                           { "source": "https://contoso.blob.core.windows.net/calls/fail-me.wav?sig=S2", "status": "Failed",
                             "errorKind": "InvalidData", "errorMessage": "The audio is not a supported format." } ] }
            """;
        var parsed = ResultParser.ParseReport(Encoding.UTF8.GetBytes(report), "tid");
        Assert.Equal((1, 1), (parsed.SucceededCount, parsed.FailedCount));
        var failed = Assert.Single(parsed.Details, d => d.Failed);
        Assert.Equal(("InvalidData", "The audio is not a supported format."), (failed.ErrorKind, failed.ErrorMessage));
        Assert.DoesNotContain("S2", failed.Source);
    }

    [Fact]
    public void A_file_that_is_not_a_transcript_is_reported_by_name()
    {
        var e = Assert.Throws<SpeechException>(() => ResultParser.ParseResultFile(Encoding.UTF8.GetBytes("<Error>not json</Error>"), null, "contenturl_7.json"));
        Assert.Equal("InvalidResultFile", e.ErrorId);
        Assert.Contains("contenturl_7.json", e.Message);
    }

    [Fact]
    public void A_fast_transcription_answer_has_the_same_shape()
    {
        const string answer = """
            { "durationMilliseconds": 2000, "combinedPhrases": [ { "text": "天气" } ],
              "phrases": [ { "offsetMilliseconds": 40, "durationMilliseconds": 320, "text": "天气", "speaker": 1, "locale": "zh-CN", "confidence": 0.78983736,
                             "words": [ { "text": "天", "offsetMilliseconds": 40, "durationMilliseconds": 160 }, { "text": "气", "offsetMilliseconds": 200, "durationMilliseconds": 160 } ] } ] }
            """;
        var wire = System.Text.Json.JsonSerializer.Deserialize(answer, Json.TranscriptionJsonContext.Default.TranscribeResultWire)!;
        var result = ResultParser.FromFast(wire, "/audio/weather.wav");
        Assert.Equal(("/audio/weather.wav", TimeSpan.FromSeconds(2), "天气"), (result.Source, result.Duration, result.Text));
        var phrase = Assert.Single(result.Phrases);
        Assert.Equal((TimeSpan.FromMilliseconds(40), TimeSpan.FromMilliseconds(320), "zh-CN", 1), (phrase.Offset, phrase.Duration, phrase.Locale, phrase.Speaker!.Value));
        Assert.Equal(new[] { "天", "气" }, phrase.Words!.Select(w => w.Text));
    }
}
