using SpeechCustom.Module.Tests.Support;
using Xunit;

namespace SpeechCustom.Module.Tests;

/// <summary>One project holding 1,000 training sets, made directly over HTTP as a busy team's resource would hold them.</summary>
public sealed class ThousandTrainingSetsFixture : MockFixture
{
    public const int Count = 1000;

    public string ProjectId { get; } = NewId("Crowded");

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        await PutAsync($"customvoice/projects/{ProjectId}", new { kind = "ProfessionalVoice", locale = "en-US" });
        using var throttle = new SemaphoreSlim(16);
        await Task.WhenAll(Enumerable.Range(1, Count).Select(async i =>
        {
            await throttle.WaitAsync();
            try
            {
                await PutAsync($"customvoice/trainingsets/{ProjectId}-{i:0000}", new { projectId = ProjectId, locale = "en-US", voiceKind = "Female" });
            }
            finally
            {
                throttle.Release();
            }
        }));
    }
}

/// <summary>
/// Lists stream: each page reaches the pipeline before the next page is requested, and -First stops asking once it has
/// enough. The mock server object is passed into the runspace so the script itself can see which requests were sent.
/// </summary>
public sealed class CustomVoicePagingTests(ThousandTrainingSetsFixture mock) : IClassFixture<ThousandTrainingSetsFixture>
{
    private const string ListPath = "/customvoice/trainingsets";

    private int ListRequests() => mock.Server.Requests.Snapshot().Count(r => r.Method == "GET" && r.Path == ListPath);

    [Fact]
    public void The_first_training_set_reaches_the_pipeline_before_the_second_page_is_requested_and_all_1000_arrive_in_10_pages()
    {
        using var session = new ModuleSession();
        session.Run(mock.ConnectWithKey);
        var before = ListRequests();

        var result = session.Run($$"""
            $listRequests = { @($server.Requests.Snapshot() | Where-Object { $_.Method -eq 'GET' -and $_.Path -eq '{{ListPath}}' }).Count - $before }
            $seen = [System.Collections.Generic.List[object]]::new()
            $requestsAtFirst = $null
            $requestsAt101st = $null
            Get-TrainingSet -ProjectId '{{mock.ProjectId}}' | ForEach-Object {
                if ($seen.Count -eq 0) { $requestsAtFirst = & $listRequests }
                if ($seen.Count -eq 100) { $requestsAt101st = & $listRequests }
                $seen.Add($_)
            }
            $requestsAtFirst
            $requestsAt101st
            $seen.Count
            @($seen | ForEach-Object { $_.PSTypeNames[0] } | Where-Object { $_ -ne 'SpeechCustom.TrainingSet' }).Count
            [System.Linq.Enumerable]::Count([System.Linq.Enumerable]::Distinct([string[]]@($seen | ForEach-Object Id)))
            & $listRequests
            """, new Dictionary<string, object?> { ["server"] = mock.Server, ["before"] = before });

        Assert.Null(result.Terminating);
        Assert.True(result.Errors.Count == 0, result.ErrorText);
        var (atFirst, at101st, count, otherTypes, distinct, total) =
            (result.Output[0].BaseObject, result.Output[1].BaseObject, result.Output[2].BaseObject, result.Output[3].BaseObject, result.Output[4].BaseObject, result.Output[5].BaseObject);
        Assert.Equal(1, atFirst);
        Assert.Equal(2, at101st);
        Assert.Equal(ThousandTrainingSetsFixture.Count, count);
        Assert.Equal(0, otherTypes);
        Assert.Equal(ThousandTrainingSetsFixture.Count, distinct);
        Assert.Equal(10, total);
        Assert.Equal(10, ListRequests() - before);
    }

    [Fact]
    public void First_150_reads_exactly_two_pages()
    {
        using var session = new ModuleSession();
        session.Run(mock.ConnectWithKey);
        var before = ListRequests();

        var result = session.Run($"@(Get-TrainingSet -ProjectId '{mock.ProjectId}' -First 150).Count");

        Assert.True(result.Errors.Count == 0, result.ErrorText);
        Assert.Equal(150, Assert.Single(result.Output).BaseObject);
        Assert.Equal(2, ListRequests() - before);
    }

    [Fact]
    public void Skip_is_sent_to_the_service_so_the_last_50_take_one_request()
    {
        using var session = new ModuleSession();
        session.Run(mock.ConnectWithKey);
        var all = session.Run($"Get-TrainingSet -ProjectId '{mock.ProjectId}' | ForEach-Object Id").BaseObjects.ToList();
        var before = mock.Server.Requests.Count;

        var result = session.Run($"Get-TrainingSet -ProjectId '{mock.ProjectId}' -Skip 950 | ForEach-Object Id");

        Assert.True(result.Errors.Count == 0, result.ErrorText);
        Assert.Equal(ThousandTrainingSetsFixture.Count, all.Count);
        Assert.Equal(all.Skip(950), result.BaseObjects);
        var request = Assert.Single(mock.Server.Requests.Snapshot().Skip(before));
        Assert.Contains("skip=950", request.PathAndQuery);
    }
}
