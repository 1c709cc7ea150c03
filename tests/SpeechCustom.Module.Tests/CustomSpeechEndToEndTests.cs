using System.Globalization;
using System.Management.Automation;
using SpeechCustom.Module.Tests.Support;
using Xunit;

namespace SpeechCustom.Module.Tests;

/// <summary>
/// Custom speech end to end on the staged module, with one script run unchanged on 2025-10-15 and on v3.2: a project,
/// a dataset from a URL and one from a local archive of more than 20 MiB, a model trained on both, an evaluation that
/// shows both word error rates, an endpoint that runs the model, then everything removed. The version only changes how the file travels: blocks of at
/// most 8 MiB on 2025-10-15, one multipart request on v3.2.
/// </summary>
public sealed class CustomSpeechEndToEndTests(MockFixture mock) : IClassFixture<MockFixture>
{
    private const long TwentyMiB = 20L * 1024 * 1024;
    private const long EightMiB = 8L * 1024 * 1024;

    /// <summary>The same scripts for every version; only the connection differs.</summary>
    private const string Build = """
        $project = New-CsrProject -DisplayName "calls-$run" -Locale en-US -Description 'Contact center calls'
        $fromUrl = $project | New-CsrDataset -Kind Acoustic -DisplayName "calls-url-$run" -ContentUrl $contentUrl
        $fromFile = $project | New-CsrDataset -Kind Acoustic -DisplayName "calls-file-$run" -Path $archive
        $ready = @($fromUrl, $fromFile | Wait-SpeechOperation -PollingIntervalSec 0.2)
        $base = Get-CsrBaseModel -Latest -Locale en-US
        $model = $ready | New-CsrModel -DisplayName "calls-model-$run" -BaseModel $base -Project $project -Wait -PollingIntervalSec 0.2
        $evaluation = $model | New-CsrEvaluation -DisplayName "calls-eval-$run" -Model2 $base -Dataset $fromUrl -Project $project -Wait -PollingIntervalSec 0.2
        $evaluation | Out-Host
        $endpoint = $model | New-CsrEndpoint "calls-endpoint-$run" -Project $project -Wait -PollingIntervalSec 0.2
        $inProject = [pscustomobject]@{
            Datasets    = @($project | Get-CsrDataset | ForEach-Object Id)
            Models      = @($project | Get-CsrModel | ForEach-Object Id)
            Evaluations = @($project | Get-CsrEvaluation | ForEach-Object Id)
            Endpoints   = @($project | Get-CsrEndpoint | ForEach-Object Id)
        }
        [pscustomobject]@{ Project = $project; FromUrl = $fromUrl; FromFile = $fromFile; Ready = $ready; Base = $base; Model = $model; Evaluation = $evaluation; Endpoint = $endpoint; InProject = $inProject }
        """;

    private const string Remove = """
        $endpoint | Remove-CsrEndpoint -Force
        $evaluation | Remove-CsrEvaluation -Force
        $model | Remove-CsrModel -Force
        $ready | Remove-CsrDataset -Force
        $project | Remove-CsrProject -Force
        @(Get-CsrDataset -Filter "displayName eq 'calls-url-$run' or displayName eq 'calls-file-$run'").Count +
            @(Get-CsrModel -DisplayName "calls-model-$run").Count + @(Get-CsrEvaluation -DisplayName "calls-eval-$run").Count +
            @(Get-CsrEndpoint -DisplayName "calls-endpoint-$run").Count +
            @(Get-CsrProject -DisplayName "calls-$run").Count
        """;

    [Theory]
    [InlineData("2025-10-15")]
    [InlineData("v3.2")]
    public void Project_datasets_model_evaluation_and_removal_run_the_same_on_every_version(string version)
    {
        using var data = new CustomSpeechData();
        var archive = data.AcousticArchive("calls.zip", TwentyMiB + 123_456);
        var length = new FileInfo(archive).Length;
        Assert.True(length > TwentyMiB);
        var run = MockFixture.NewId("e2e");
        using var session = new ModuleSession();
        session.Run($"{mock.ConnectWithKey} -SpeechToTextApiVersion {version}");

        var result = session.Run(Build, new Dictionary<string, object?>
        {
            ["run"] = run,
            ["archive"] = archive,
            ["contentUrl"] = $"https://contoso.blob.core.windows.net/speech/calls.zip?{MockFixture.Sas}",
        });

        Assert.True(result.Errors.Count == 0 && result.Terminating is null, result.ErrorText + result.Terminating);
        var outcome = Assert.Single(result.Output);
        PSObject Get(string name) => PSObject.AsPSObject(outcome.Properties[name].Value);

        var project = Get("Project");
        Assert.Equal("SpeechCustom.CsrProject", project.TypeNames[0]);
        Assert.Equal("calls-" + run, project.Properties["DisplayName"].Value);
        var projectId = (string)project.Properties["Id"].Value;

        var fromFile = Get("FromFile");
        var fromFileId = (string)fromFile.Properties["Id"].Value;
        Assert.All(((object[])Get("Ready").BaseObject).Select(PSObject.AsPSObject), d =>
        {
            Assert.Equal("Succeeded", d.Properties["Status"].Value);
            Assert.Equal(projectId, ((PSObject)PSObject.AsPSObject(d.Properties["Project"].Value)).Properties["Id"].Value);
        });

        // Every byte of the local file arrived, in the version's way.
        var upload = mock.Server.GetDatasetUpload(fromFileId);
        Assert.NotNull(upload);
        Assert.Equal(length, upload!.TotalBytes);
        Assert.Equal(CustomSpeechData.Sha256(archive), upload.Sha256);
        var requests = mock.Server.Requests.Snapshot();
        var blocks = requests.Where(r => r.Method == "PUT" && r.Path.EndsWith($"/datasets/{fromFileId}/blocks", StringComparison.Ordinal)).ToList();
        if (version == "v3.2")
        {
            Assert.Equal("Multipart", upload.Source);
            Assert.Empty(blocks);
            var post = Assert.Single(requests, r => r.Method == "POST" && r.Path == "/speechtotext/v3.2/datasets/upload");
            Assert.StartsWith("multipart/form-data", post.Headers["Content-Type"], StringComparison.Ordinal);
        }
        else
        {
            Assert.Equal("Blocks", upload.Source);
            Assert.Equal(3, upload.BlockCount);
            Assert.Equal(3, blocks.Count);
            var sizes = blocks.Select(b => long.Parse(b.Headers["Content-Length"], CultureInfo.InvariantCulture)).ToList();
            Assert.All(sizes, size => Assert.InRange(size, 1, EightMiB));
            Assert.Equal(length, sizes.Sum());
            Assert.Single(blocks.Select(b => b.PathAndQuery.Split("blockid=")[1].Split('&')[0].Length).Distinct());
            Assert.Single(requests, r => r.Method == "POST" && r.Path.EndsWith($"/datasets/{fromFileId}/blocks:commit", StringComparison.Ordinal));
        }
        Assert.Contains(result.Progress, p => p.Activity.StartsWith("Uploading dataset", StringComparison.Ordinal) && p.RecordType == ProgressRecordType.Completed);
        Assert.Contains(result.Progress, p => p.Activity.StartsWith("Uploading dataset", StringComparison.Ordinal) && p.PercentComplete == 100);

        var model = Get("Model");
        Assert.Equal("SpeechCustom.CsrModel", model.TypeNames[0]);
        Assert.Equal("Succeeded", model.Properties["Status"].Value);
        Assert.Equal(Get("Base").Properties["Id"].Value, ((PSObject)PSObject.AsPSObject(model.Properties["BaseModel"].Value)).Properties["Id"].Value);
        Assert.Equal(2, ((System.Collections.IEnumerable)model.Properties["Datasets"].Value).Cast<object>().Count());

        // The evaluation shows both word error rates, side by side in its default view.
        var evaluation = Get("Evaluation");
        Assert.Equal("SpeechCustom.CsrEvaluation", evaluation.TypeNames[0]);
        Assert.Equal("Succeeded", evaluation.Properties["Status"].Value);
        var wer1 = (double)evaluation.Properties["WordErrorRate1"].Value;
        var wer2 = (double)evaluation.Properties["WordErrorRate2"].Value;
        Assert.Equal(wer2 - wer1, (double)evaluation.Properties["WordErrorRateDelta"].Value, 6);
        Assert.Contains("WER1", result.HostText);
        Assert.Contains("WER2", result.HostText);
        Assert.Contains(wer1.ToString("0.##", CultureInfo.CurrentCulture), result.HostText);

        // The trained model is deployed: the endpoint runs it, in its locale, inside the project.
        var endpoint = Get("Endpoint");
        Assert.Equal("SpeechCustom.CsrEndpoint", endpoint.TypeNames[0]);
        Assert.Equal("Succeeded", endpoint.Properties["Status"].Value);
        Assert.Equal("en-US", endpoint.Properties["Locale"].Value);
        Assert.Equal(model.Properties["Id"].Value, ((PSObject)PSObject.AsPSObject(endpoint.Properties["Model"].Value)).Properties["Id"].Value);

        // The project lists what was made in it; afterwards nothing is left.
        var inProject = Get("InProject");
        Assert.Equal(new[] { (string)Get("FromUrl").Properties["Id"].Value, fromFileId }.OrderBy(x => x), Ids(inProject, "Datasets").OrderBy(x => x));
        Assert.Equal(new[] { (string)model.Properties["Id"].Value }, Ids(inProject, "Models"));
        Assert.Equal(new[] { (string)evaluation.Properties["Id"].Value }, Ids(inProject, "Evaluations"));
        Assert.Equal(new[] { (string)endpoint.Properties["Id"].Value }, Ids(inProject, "Endpoints"));

        var removed = session.Run(Remove);
        Assert.True(removed.Errors.Count == 0, removed.ErrorText);
        Assert.Equal(0, (int)Assert.Single(removed.Output).BaseObject);
        Assert.Null(mock.Server.GetDatasetUpload(fromFileId));
    }

    private static IEnumerable<string> Ids(PSObject holder, string name)
        => ((System.Collections.IEnumerable)PSObject.AsPSObject(holder.Properties[name].Value).BaseObject).Cast<object>().Select(o => (string)PSObject.AsPSObject(o).BaseObject);
}
