using SpeechCustom.Engine.Diagnostics;
using SpeechCustom.Engine.Errors;
using SpeechCustom.Engine.Models.CustomVoice;
using SpeechCustom.Engine.Models.SpeechToText;
using SpeechCustom.Engine.Tests.Support;
using SpeechCustom.MockServer;
using Xunit;

namespace SpeechCustom.Engine.Tests;

/// <summary>Transient failures are retried per the service's hints, and a retry never does the work twice.</summary>
public sealed class RetryTests(MockServerFixture mock) : IClassFixture<MockServerFixture>
{
    [Fact]
    public async Task A_429_with_Retry_After_is_retried_and_succeeds()
    {
        var context = mock.Connect();
        var ts = await Seed.ProfessionalTrainingSetAsync(context, MockServerFixture.NewId("p"), MockServerFixture.NewId("ts"));
        mock.Server.Faults.Add(new FaultRule { Method = "GET", PathContains = "/trainingsets/" + ts.Id, Status = 429, RetryAfterSeconds = 1, Count = 1 });
        var log = new ListLog();

        TrainingSet read;
        using (EngineLog.Use(log))
            read = await context.CustomVoice.GetTrainingSetAsync(ts.Id, default);

        Assert.Equal(ts.Id, read.Id);
        var gets = mock.Server.Requests.Where(r => r.Method == "GET" && r.Path.EndsWith("/trainingsets/" + ts.Id)).ToList();
        Assert.Equal(new[] { 429, 200 }, gets.Select(g => g.Status));
        Assert.Contains("the service asked to wait 1 s", log.All);
    }

    [Fact]
    public async Task A_503_on_an_upload_is_retried_with_the_same_operation_id_and_the_work_is_done_once()
    {
        var context = mock.Connect();
        var ts = await Seed.ProfessionalTrainingSetAsync(context, MockServerFixture.NewId("p"), MockServerFixture.NewId("ts"));
        // The service did the work but the answer was lost: the retry must not start a second upload.
        mock.Server.Faults.Add(new FaultRule { Method = "POST", PathContains = ts.Id + ":upload", Status = 503, AfterProcessing = true, Count = 1 });

        var operation = await context.CustomVoice.UploadTrainingSetAsync(ts.Id, new TrainingSetUploadRequest
        {
            Kind = "AudioAndScript", Audios = Seed.Blob("jessica/", ".wav"), Scripts = Seed.Blob("jessica/", ".txt"),
        }, null, default);

        var posts = mock.Server.Requests.Where(r => r.Method == "POST" && r.Path.Contains(ts.Id + ":upload")).ToList();
        Assert.Equal(2, posts.Count);
        Assert.True(posts[0].Faulted);
        Assert.All(posts, p => Assert.Equal(operation.Id, p.OperationId));
        var read = await context.CustomVoice.GetOperationAsync(operation.Id, default);
        Assert.Equal(operation.Id, read.Id);
    }

    [Fact]
    public async Task A_failure_after_a_dataset_post_was_processed_is_not_retried()
    {
        var context = mock.Connect();
        var name = MockServerFixture.NewId("lost-answer");
        mock.Server.Faults.Add(new FaultRule { Method = "POST", PathContains = "/speechtotext/datasets", Status = 500, AfterProcessing = true, Count = 1 });

        var e = await Assert.ThrowsAsync<SpeechServiceException>(() => context.SpeechToText.CreateDatasetAsync(Dataset(name), default));

        Assert.Equal(500, e.Status);
        Assert.Single(mock.Server.Requests, r => r.Method == "POST" && r.Body.Contains(name));
    }

    [Fact]
    public async Task A_throttled_dataset_post_is_retried_and_creates_one_dataset()
    {
        var context = mock.Connect();
        var name = MockServerFixture.NewId("throttled");
        mock.Server.Faults.Add(new FaultRule { Method = "POST", PathContains = "/speechtotext/datasets", Status = 429, RetryAfterMilliseconds = 200, Count = 2 });

        var dataset = await context.SpeechToText.CreateDatasetAsync(Dataset(name), default);

        Assert.Equal(name, dataset.DisplayName);
        var stream = context.SpeechToText.ListDatasets($"displayName eq '{name}'", null, null);
        var found = await stream.NextPageAsync(default);
        Assert.Single(found!);
    }

    [Fact]
    public async Task A_503_with_Retry_After_on_a_dataset_post_is_retried()
    {
        var context = mock.Connect();
        var name = MockServerFixture.NewId("busy");
        mock.Server.Faults.Add(new FaultRule { Method = "POST", PathContains = "/speechtotext/datasets", Status = 503, RetryAfterSeconds = 1, Count = 1 });

        var dataset = await context.SpeechToText.CreateDatasetAsync(Dataset(name), default);

        Assert.Equal(name, dataset.DisplayName);
        Assert.Equal(new[] { 503, 201 }, mock.Server.Requests.Where(r => r.Method == "POST" && r.Body.Contains(name)).Select(r => r.Status));
    }

    internal static CsrDatasetDefinition Dataset(string name) => new()
    {
        Kind = "Acoustic",
        Locale = "en-US",
        DisplayName = name,
        ContentUrl = "https://contoso.blob.core.windows.net/speech/calls.zip?sv=2024&sp=r&sig=DATASETsig",
    };
}
