using SpeechCustom.Engine.Models.CustomVoice;
using SpeechCustom.Engine.Tests.Support;
using Xunit;

namespace SpeechCustom.Engine.Tests;

/// <summary>Lists are read page by page, following the service's next link, in both API shapes.</summary>
public sealed class PagingTests(MockServerFixture mock) : IClassFixture<MockServerFixture>
{
    [Fact]
    public async Task Custom_voice_lists_follow_nextLink_one_page_at_a_time()
    {
        var context = mock.Connect();
        var project = MockServerFixture.NewId("paging");
        await context.CustomVoice.CreateProjectAsync(new VoiceProject { Id = project, Kind = "ProfessionalVoice" }, default);
        for (var i = 0; i < 25; i++)
            await context.CustomVoice.CreateTrainingSetAsync(new TrainingSet { Id = $"{project}-{i:00}", ProjectId = project, Locale = "en-US" }, default);

        var stream = context.CustomVoice.ListTrainingSets($"projectId eq '{project}'", null, 10);
        var first = await stream.NextPageAsync(default);
        Assert.Equal(10, first!.Count);
        Assert.Equal(1, stream.PagesRequested);
        Assert.True(stream.HasMore);

        var all = first.ToList();
        while (await stream.NextPageAsync(default) is { } page)
            all.AddRange(page);
        Assert.Equal(3, stream.PagesRequested);
        Assert.Equal(25, all.Select(t => t.Id).Distinct().Count());
    }

    [Fact]
    public async Task Speech_to_text_lists_follow_the_at_nextLink()
    {
        var context = mock.Connect();
        var tag = MockServerFixture.NewId("page");
        for (var i = 0; i < 7; i++)
            await context.SpeechToText.CreateDatasetAsync(RetryTests.Dataset($"{tag}-{i}"), default);

        var stream = context.SpeechToText.ListDatasets($"displayName ne 'nothing'", null, 3);
        var names = new List<string?>();
        while (await stream.NextPageAsync(default) is { } page)
            names.AddRange(page.Select(d => d.DisplayName));
        Assert.Equal(7, names.Count(n => n!.StartsWith(tag, StringComparison.Ordinal)));
        Assert.True(stream.PagesRequested >= 3);
    }
}
