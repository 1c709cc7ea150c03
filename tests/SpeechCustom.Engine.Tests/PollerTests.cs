using System.Diagnostics;
using SpeechCustom.Engine.Errors;
using SpeechCustom.Engine.Models.CustomVoice;
using SpeechCustom.Engine.Operations;
using SpeechCustom.Engine.Tests.Support;
using Xunit;

namespace SpeechCustom.Engine.Tests;

/// <summary>The one poller: concurrent, honours the service's hints, reports every status change, failures with reasons.</summary>
public sealed class PollerTests(MockServerFixture mock) : IClassFixture<MockServerFixture>
{
    private static readonly PollerSettings Fast = new() { PollingInterval = TimeSpan.FromMilliseconds(100) };

    [Fact]
    public async Task Many_uploads_are_waited_for_together_and_each_returns_its_training_set()
    {
        var context = mock.Connect();
        var project = MockServerFixture.NewId("many");
        var operations = new List<VoiceOperation>();
        var ts = await Seed.ProfessionalTrainingSetAsync(context, project, project + "-0");
        operations.Add(await Upload(context, ts.Id));
        for (var i = 1; i < 40; i++)
        {
            var next = await context.CustomVoice.CreateTrainingSetAsync(new TrainingSet { Id = $"{project}-{i}", ProjectId = project, Locale = "en-US" }, default);
            operations.Add(await Upload(context, next.Id));
        }

        var recorder = new Recorder();
        var poller = new OperationPoller(Fast, recorder, default);
        foreach (var operation in operations)
            poller.Add(WaitTargets.For(operation, context));
        await poller.WhenAllAsync();

        Assert.Equal(40, recorder.Finished.Count);
        Assert.All(recorder.Finished, r => Assert.True(r.Succeeded));
        var sets = recorder.Finished.Select(r => Assert.IsType<TrainingSet>(r.Resource)).ToList();
        Assert.Equal(operations.Select(o => o.ResourceId).OrderBy(x => x), sets.Select(s => s.Id).OrderBy(x => x));
        Assert.All(sets, s => Assert.True(s.Properties?.UtteranceCount > 0));
        // Every item's status changes were reported, ending in Succeeded (which intermediate states a poll sees depends on timing).
        Assert.Equal(40, recorder.Changes.Count(c => c.To == "Succeeded"));
    }

    [Fact]
    public async Task A_failed_upload_reports_the_service_reason_and_the_others_still_finish()
    {
        var context = mock.Connect();
        var project = MockServerFixture.NewId("fail");
        var good = await Seed.ProfessionalTrainingSetAsync(context, project, project + "-good");
        var bad = await context.CustomVoice.CreateTrainingSetAsync(new TrainingSet { Id = project + "-bad", ProjectId = project, Locale = "en-US" }, default);
        mock.Server.Failures.Add(bad.Id);

        var recorder = new Recorder();
        var poller = new OperationPoller(Fast, recorder, default);
        poller.Add(WaitTargets.For(await Upload(context, good.Id), context));
        poller.Add(WaitTargets.For(await Upload(context, bad.Id), context));
        await poller.WhenAllAsync();

        var failed = Assert.Single(recorder.Finished, r => !r.Succeeded);
        Assert.Equal("InaccessibleCustomerStorage", failed.Failure!.ErrorId);
        Assert.Contains(bad.Id, failed.Failure.Message);
        Assert.Contains("SAS", failed.Failure.Message);
        Assert.Single(recorder.Finished, r => r.Succeeded);
    }

    [Fact]
    public async Task A_personal_voice_is_waited_for_until_it_has_a_speaker_profile()
    {
        var context = mock.Connect();
        var project = MockServerFixture.NewId("pv");
        await Seed.PersonalVoiceProjectAsync(context, project, project + "-consent");
        var voice = await context.CustomVoice.CreatePersonalVoiceAsync(new PersonalVoice
        {
            Id = project + "-voice", ProjectId = project, ConsentId = project + "-consent", Audios = Seed.Blob("prompt/", ".wav"),
        }, null, null, default);

        var recorder = new Recorder();
        var poller = new OperationPoller(Fast, recorder, default);
        poller.Add(WaitTargets.For(voice, context));
        await poller.WhenAllAsync();

        var done = Assert.IsType<PersonalVoice>(Assert.Single(recorder.Finished).Resource);
        Assert.Equal("Succeeded", done.Status);
        Assert.True(Guid.TryParse(done.SpeakerProfileId, out _));
    }

    [Fact]
    public async Task A_wait_that_takes_too_long_times_out_with_a_clear_error()
    {
        var context = mock.Connect();
        var project = MockServerFixture.NewId("slow");
        var ts = await Seed.ProfessionalTrainingSetAsync(context, project, project + "-ts");
        var recorder = new Recorder();
        var poller = new OperationPoller(new PollerSettings { PollingInterval = TimeSpan.FromMilliseconds(100), Timeout = TimeSpan.FromMilliseconds(200) }, recorder, default);

        poller.Add(WaitTargets.For(await Upload(context, ts.Id), context));
        await poller.WhenAllAsync();

        var result = Assert.Single(recorder.Finished);
        Assert.Equal("WaitTimedOut", result.Failure!.ErrorId);
        Assert.Equal(SpeechErrorCategory.OperationTimeout, result.Failure.Category);
    }

    [Fact]
    public async Task Cancelling_ends_every_wait_at_once()
    {
        var context = mock.Connect();
        var project = MockServerFixture.NewId("stop");
        var ts = await Seed.ProfessionalTrainingSetAsync(context, project, project + "-ts");
        using var stop = new CancellationTokenSource();
        var recorder = new Recorder();
        // A minute between polls: only cancellation can end this wait early.
        var poller = new OperationPoller(new PollerSettings { PollingInterval = TimeSpan.FromMinutes(1), MinInterval = TimeSpan.FromMinutes(1) }, recorder, stop.Token);
        poller.Add(WaitTargets.For(await Upload(context, ts.Id), context));
        await Task.Delay(300);

        var watch = Stopwatch.StartNew();
        stop.Cancel();
        await poller.WhenAllAsync();

        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(30), $"the wait ended {watch.Elapsed} after cancellation");
        Assert.Empty(recorder.Finished);
    }

    [Fact]
    public void Objects_that_cannot_be_waited_for_are_refused()
    {
        var e = Assert.Throws<SpeechInputException>(() => WaitTargets.For("just a string", mock.Connect()));
        Assert.Equal("NotWaitable", e.ErrorId);
    }

    private static Task<VoiceOperation> Upload(Connection.SpeechContext context, string trainingSetId)
        => context.CustomVoice.UploadTrainingSetAsync(trainingSetId, new TrainingSetUploadRequest
        {
            Kind = "AudioAndScript", Audios = Seed.Blob("data/", ".wav"), Scripts = Seed.Blob("data/", ".txt"),
        }, null, default);
}
