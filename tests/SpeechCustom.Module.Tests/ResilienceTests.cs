using SpeechCustom.MockServer;
using SpeechCustom.Module.Tests.Support;
using Xunit;

namespace SpeechCustom.Module.Tests;

/// <summary>Throttling and server errors are retried as the service asks; a POST is never done twice.</summary>
public sealed class ResilienceTests(MockFixture mock) : IClassFixture<MockFixture>
{
    private string Blob => $"https://contoso.blob.core.windows.net/voicedata?{MockFixture.Sas}";

    [Fact]
    public async Task Throttled_and_failing_requests_are_retried_and_the_pipeline_succeeds()
    {
        var project = MockFixture.NewId("Retry");
        await mock.SeedTrainingSetAsync(project, project + "-300");
        var name = MockFixture.NewId("retried");
        mock.Server.Faults.Add(new FaultRule { Method = "POST", PathContains = project + "-300:upload", Status = 429, RetryAfterSeconds = 1 });
        mock.Server.Faults.Add(new FaultRule { Method = "GET", PathContains = "/customvoice/operations/", Status = 503, Count = 2 });
        mock.Server.Faults.Add(new FaultRule { Method = "POST", PathContains = "/speechtotext/datasets", Status = 429, RetryAfterMilliseconds = 300 });
        using var session = new ModuleSession();

        var result = session.Run($$"""
            {{mock.ConnectWithKey}}
            $VerbosePreference = 'Continue'
            $wav = New-SpeechBlobSource -ContainerUrl '{{Blob}}' -Extension .wav
            $txt = New-SpeechBlobSource -ContainerUrl '{{Blob}}' -Extension .txt
            @(
                New-TrainingSetUpload -TrainingSetId '{{project}}-300' -Kind AudioAndScript -Audios $wav -Scripts $txt
                New-CsrDataset -Kind Acoustic -Locale en-US -DisplayName '{{name}}' -ContentUrl '{{Blob}}'
            ) | Wait-SpeechOperation -PollingIntervalSec 0.2
            """);

        Assert.Empty(result.Errors);
        Assert.Equal(2, result.Output.Count);
        Assert.Contains(result.Verbose, v => v.Contains("HTTP 429") && v.Contains("the service asked to wait 1 s"));
        Assert.Contains(result.Verbose, v => v.Contains("HTTP 503"));
        var uploads = mock.Server.Requests.Where(r => r.Method == "POST" && r.Path.EndsWith(project + "-300:upload")).ToList();
        Assert.Equal(new[] { 429, 202 }, uploads.Select(u => u.Status));
        Assert.Single(mock.Server.Requests, r => r.Method == "POST" && r.Status == 201 && r.Body.Contains(name));
    }

    [Fact]
    public async Task A_lost_answer_to_an_upload_is_retried_with_the_same_Operation_Id_so_only_one_upload_runs()
    {
        var project = MockFixture.NewId("Lost");
        await mock.SeedTrainingSetAsync(project, project + "-300");
        mock.Server.Faults.Add(new FaultRule { Method = "POST", PathContains = project + "-300:upload", Status = 503, AfterProcessing = true });
        using var session = new ModuleSession();

        var result = session.Run($$"""
            {{mock.ConnectWithKey}}
            $wav = New-SpeechBlobSource -ContainerUrl '{{Blob}}' -Extension .wav
            New-TrainingSetUpload -TrainingSetId '{{project}}-300' -Kind AudioOnly -Audios $wav -OperationId '{{project}}-op1' | Wait-SpeechOperation -PollingIntervalSec 0.2
            """);

        Assert.Empty(result.Errors);
        Assert.Equal("Succeeded", Assert.Single(result.Output).Properties["Status"].Value);
        var uploads = mock.Server.Requests.Where(r => r.Method == "POST" && r.Path.EndsWith(project + "-300:upload")).ToList();
        Assert.Equal(2, uploads.Count);
        Assert.All(uploads, u => Assert.Equal(project + "-op1", u.OperationId));
    }

    [Fact]
    public void A_dataset_post_whose_answer_was_lost_is_reported_not_repeated()
    {
        var name = MockFixture.NewId("once");
        mock.Server.Faults.Add(new FaultRule { Method = "POST", PathContains = "/speechtotext/datasets", Status = 502, AfterProcessing = true });
        using var session = new ModuleSession();

        var result = session.Run($"{mock.ConnectWithKey}\nNew-CsrDataset -Kind Acoustic -Locale en-US -DisplayName '{name}' -ContentUrl '{Blob}'");

        var error = Assert.Single(result.Errors);
        Assert.Contains("HTTP 502", error.ToString());
        Assert.Single(mock.Server.Requests, r => r.Method == "POST" && r.Body.Contains(name));
    }
}
