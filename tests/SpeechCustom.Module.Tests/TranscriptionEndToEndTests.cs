using System.Management.Automation;
using SpeechCustom.Module.Tests.Support;
using Xunit;
using static SpeechCustom.Module.Tests.CustomVoiceScripts;
using static SpeechCustom.Module.Tests.TranscriptionScripts;

namespace SpeechCustom.Module.Tests;

/// <summary>
/// Batch transcription end to end on the staged module: 200 audio URLs in one job, wait, then every result as a typed
/// transcript and as a file, with diarization and word timestamps; the one audio the service could not transcribe is
/// reported on its own; result files come from storage without the Speech key.
/// </summary>
public sealed class TranscriptionEndToEndTests(MockFixture mock) : IClassFixture<MockFixture>
{
    [Fact]
    public void Two_hundred_files_are_transcribed_and_received_as_objects_and_files_with_the_failed_one_reported()
    {
        using var folder = new TempFolder();
        var name = MockFixture.NewId("calls-2026-11");
        using var session = new ModuleSession();
        session.Run(mock.ConnectWithKey);
        var apiBefore = mock.Server.Requests.Count;
        var blobsBefore = mock.Server.BlobRequests.Count;

        var result = session.Run($$"""
            {{AudioUrls(200, 137)}}
            $job = New-SpeechTranscription -DisplayName '{{name}}' -Locale en-US -ContentUrl $urls -Diarization -MaxSpeakers 3 -WordLevelTimestamps -Wait -PollingIntervalSec 0.2
            $job
            $job | Receive-SpeechTranscriptionResult -Destination '{{folder.Path}}' -IncludeReport -Verbose
            """);

        Assert.Null(result.Terminating);
        var job = result.Output[0];
        Assert.Equal("SpeechCustom.SpeechTranscription", job.TypeNames[0]);
        Assert.Equal("Succeeded", job.Properties["Status"].Value);
        Assert.Equal(true, Property(job, "Properties.DiarizationEnabled"));
        Assert.Equal(true, Property(job, "Properties.WordLevelTimestampsEnabled"));
        var id = (string)job.Properties["Id"].Value;

        // One progress bar over the 199 result files and the report, closed at the end.
        var receiving = result.Progress.Where(p => p.Activity == "Receiving transcription results").ToList();
        Assert.Equal("200 of 200 files", receiving.Last(p => p.RecordType == ProgressRecordType.Processing).StatusDescription);
        Assert.Equal(ProgressRecordType.Completed, receiving[^1].RecordType);

        // One typed transcript per transcribed audio, mapped back to its source (SAS signature masked).
        var transcripts = result.Output.Skip(1).Where(o => o.TypeNames[0] == "SpeechCustom.SpeechTranscriptionResult").ToList();
        Assert.Equal(199, transcripts.Count);
        var sources = transcripts.Select(t => (string)t.Properties["Source"].Value).ToList();
        var expected = Enumerable.Range(0, 200).Where(i => i != 137).Select(i => $"https://contoso.blob.core.windows.net/calls/call-{i}.wav?").ToList();
        Assert.Equal(expected.Order(StringComparer.Ordinal), sources.Select(s => s[..(s.IndexOf('?') + 1)]).Order(StringComparer.Ordinal));
        Assert.All(sources, s => Assert.DoesNotContain(SasSignature, s));
        foreach (var transcript in transcripts)
        {
            Assert.Equal(id, transcript.Properties["TranscriptionId"].Value);
            Assert.False(string.IsNullOrWhiteSpace((string)transcript.Properties["Text"].Value));
            Assert.True((TimeSpan)transcript.Properties["Duration"].Value > TimeSpan.Zero);
            var phrases = ((IEnumerable<object>)transcript.Properties["Phrases"].Value).Select(PSObject.AsPSObject).ToList();
            Assert.NotEmpty(phrases);
            Assert.All(phrases, p => Assert.NotNull(p.Properties["Speaker"].Value));
            Assert.All(phrases, p => Assert.NotEmpty((IEnumerable<object>)p.Properties["Words"].Value));
            Assert.All(phrases, p => Assert.InRange((double)p.Properties["Confidence"].Value!, 0.0, 1.0));
            Assert.True(File.Exists((string)transcript.Properties["Path"].Value), "each transcript says where its file was saved");
        }
        Assert.Contains(transcripts, t => (int?)t.Properties["SpeakerCount"].Value > 1);

        // The report, and the failed audio as its own non-terminating error that names it and says why.
        var report = Assert.Single(result.Output, o => o.TypeNames[0] == "SpeechCustom.SpeechTranscriptionReport");
        Assert.Equal((199, 1), ((int)report.Properties["SucceededCount"].Value, (int)report.Properties["FailedCount"].Value));
        var failure = Assert.Single(result.Errors);
        Assert.Contains("calls/fail-me-137.wav", failure.Exception.Message);
        var entry = Assert.IsType<PSObject>(failure.TargetObject);
        Assert.Equal("Failed", entry.Properties["Status"].Value);
        var reason = (string)entry.Properties["ErrorMessage"].Value;
        Assert.False(string.IsNullOrWhiteSpace(reason));
        Assert.Contains(reason, failure.Exception.Message);
        Assert.Equal(ErrorCategory.InvalidResult, failure.CategoryInfo.Category);

        // The files: one per transcribed audio and the report, in a folder named by the transcription.
        var saved = Directory.GetFiles(Path.Combine(folder.Path, id)).Select(Path.GetFileName).ToList();
        Assert.Equal(200, saved.Count);
        Assert.Contains("report.json", saved);

        // What was sent: one job of 200 URLs; every result file read from storage, none with the Speech key or a token.
        var create = Assert.Single(Since(mock.Server.Requests, apiBefore), r => r.Method == "POST" && r.Path.StartsWith("/speechtotext/transcriptions", StringComparison.Ordinal));
        Assert.Equal(200, BodyOf(create).GetProperty("contentUrls").GetArrayLength());
        var blobs = Since(mock.Server.BlobRequests, blobsBefore);
        Assert.Equal(200, blobs.Count(b => b.Method == "GET"));
        Assert.All(blobs, b => Assert.False(b.CarriesCredentials, $"{b.Method} {b.Path} carried the Speech key or a token"));
        Assert.All(blobs, b => Assert.Equal(200, b.Status));

        var text = result.AllText();
        Assert.DoesNotContain(SasSignature, text);
        Assert.DoesNotContain(mock.Server.Key, text);
    }

    [Fact]
    public void Without_a_destination_only_objects_are_written_and_a_running_job_is_reported_as_not_ready()
    {
        var name = MockFixture.NewId("quick");
        using var session = new ModuleSession();
        var result = session.Run($$"""
            {{mock.ConnectWithKey}}
            {{AudioUrls(3)}}
            $job = New-SpeechTranscription -DisplayName '{{name}}' -Locale en-US -ContentUrl $urls
            $job | Receive-SpeechTranscriptionResult
            $job | Wait-SpeechOperation -PollingIntervalSec 0.2 | Receive-SpeechTranscriptionResult | ForEach-Object { $_.PSTypeNames[0] + '|' + [bool]$_.Path }
            """);

        var notReady = Assert.Single(result.Errors);
        Assert.StartsWith("TranscriptionNotFinished", notReady.FullyQualifiedErrorId, StringComparison.Ordinal);
        Assert.Contains("Wait-SpeechOperation", notReady.ErrorDetails.RecommendedAction);
        Assert.Equal(Enumerable.Repeat("SpeechCustom.SpeechTranscriptionResult|False", 3), result.BaseObjects.Cast<string>());
    }

    [Fact]
    public void A_model_piped_in_binds_Model_a_dataset_is_told_to_use_Dataset_and_WhatIf_saves_nothing()
    {
        var name = MockFixture.NewId("piped");
        using var folder = new TempFolder();
        using var session = new ModuleSession();
        var result = session.Run($$"""
            {{mock.ConnectWithKey}}
            $audio = New-CsrDataset -Kind AudioFiles -Locale en-US -DisplayName '{{name}}' -ContentUrl 'https://contoso.blob.core.windows.net/speech/calls.zip?{{MockFixture.Sas}}' -Wait -PollingIntervalSec 0.2
            $audio | New-SpeechTranscription -DisplayName '{{name}}-wrong' -Locale en-US
            $base = Get-CsrBaseModel -Locale en-US -Latest
            $fromDataset = $base | New-SpeechTranscription -DisplayName '{{name}}-d' -Locale en-US -Dataset $audio -Wait -PollingIntervalSec 0.2
            $fromDataset.Dataset.Id -eq $audio.Id
            $fromDataset.Model.Id -eq $base.Id
            $fromDataset | Receive-SpeechTranscriptionResult -Destination '{{folder.Path}}' -WhatIf
            @([System.IO.Directory]::GetFileSystemEntries('{{folder.Path}}')).Count
            """);

        Assert.Null(result.Terminating);
        var wrong = Assert.Single(result.Errors);
        Assert.Contains("give it with -Dataset", wrong.ToString());
        Assert.Equal(new object[] { true, true, 0 }, result.BaseObjects);
        Assert.Contains("What if: Performing the operation \"Save the result files of 1 transcription(s)\" on target \"" + folder.Path, result.HostText);
    }

    [Fact]
    public void The_files_of_a_job_list_by_kind_and_a_job_pipes_into_Get_Set_and_Remove()
    {
        var name = MockFixture.NewId("files");
        using var session = new ModuleSession();
        session.Run(mock.ConnectWithKey);
        var before = mock.Server.Requests.Count;
        var result = session.Run($$"""
            {{AudioUrls(4)}}
            $job = New-SpeechTranscription -DisplayName '{{name}}' -Locale en-US -ContentUrl $urls -Wait -PollingIntervalSec 0.2
            @($job | Get-SpeechTranscriptionFile -Kind Transcription).Count
            ($job | Get-SpeechTranscriptionFile -Kind TranscriptionReport).Name
            $job | Set-SpeechTranscription -DisplayName '{{name}}-renamed' -CustomProperty @{ batch = '42' } -PassThru | ForEach-Object DisplayName
            (Get-SpeechTranscription -DisplayName '{{name}}-renamed').Id -eq $job.Id
            $job | Get-SpeechTranscription | ForEach-Object { $_.CustomProperties['batch'] }
            $job | Remove-SpeechTranscription -Force
            @(Get-SpeechTranscription -DisplayName '{{name}}-renamed').Count
            """);

        Assert.True(result.Errors.Count == 0, result.ErrorText);
        Assert.Equal(new object[] { 4, "report.json", name + "-renamed", true, "42", 0 }, result.BaseObjects);
        var requests = Since(mock.Server.Requests, before);
        Assert.Contains(requests, r => r.Method == "PATCH" && r.Path.StartsWith("/speechtotext/transcriptions/", StringComparison.Ordinal));
        Assert.Contains(requests, r => r.Method == "DELETE" && r.Path.StartsWith("/speechtotext/transcriptions/", StringComparison.Ordinal) && r.Status == 204);
        Assert.Contains(requests, r => r.Method == "GET" && r.PathAndQuery.Contains("filter=kind%20eq%20%27Transcription%27", StringComparison.Ordinal));
    }
}
