using System.Management.Automation;
using SpeechCustom.MockServer;
using SpeechCustom.Module.Tests.Support;
using Xunit;

namespace SpeechCustom.Module.Tests;

/// <summary>Two Speech resources (two mock servers in this process): the source, and a target in another region.</summary>
public sealed class TwoResourcesFixture : MockFixture
{
    public MockSpeechServer Target { get; private set; } = null!;

    public string TargetKeyVariable => KeyVariable + "_TARGET";

    public string SourceResourceId => Server.Options.ResourceId!;

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        Target = await MockSpeechServer.StartAsync(new MockServerOptions { StepDuration = TimeSpan.FromMilliseconds(150), RetryAfterMilliseconds = 50, Region = "westeurope" });
        Environment.SetEnvironmentVariable(TargetKeyVariable, Target.Key);
    }

    public override async Task DisposeAsync()
    {
        Environment.SetEnvironmentVariable(TargetKeyVariable, null);
        await Target.DisposeAsync();
        await base.DisposeAsync();
    }

    /// <summary>$target is the target's connection; the source stays the current one.</summary>
    public string ConnectBoth =>
        $"$target = Connect-SpeechService -Endpoint '{Target.Endpoint}' -Key (ConvertTo-SecureString $env:{TargetKeyVariable} -AsPlainText -Force) -PassThru\n" +
        $"$source = {ConnectWithKey} -PassThru";
}

/// <summary>
/// Copy-CsrModel authorizes on the target connection, copies on the source, follows the copy operation and returns the
/// new model as the target has it.
/// </summary>
public sealed class CustomSpeechCopyTests(TwoResourcesFixture mock) : IClassFixture<TwoResourcesFixture>
{
    private const string TrainedModel = """
        $dataset = New-CsrDataset -Kind Language -Locale en-US -DisplayName "text-$run" -ContentUrl $contentUrl -Wait -PollingIntervalSec 0.2
        $model = $dataset | New-CsrModel -DisplayName "model-$run" -BaseModel (Get-CsrBaseModel -Latest -Locale en-US) -Wait -PollingIntervalSec 0.2
        """;

    private Dictionary<string, object?> Variables(string run) => new()
    {
        ["run"] = run,
        ["sourceId"] = mock.SourceResourceId,
        ["contentUrl"] = $"https://contoso.blob.core.windows.net/speech/text.txt?{MockFixture.Sas}",
    };

    [Theory]
    [InlineData("2025-10-15")]
    [InlineData("v3.2")]
    public void A_copied_model_is_returned_from_the_target_and_is_there(string version)
    {
        var run = MockFixture.NewId("copy");
        using var session = new ModuleSession();
        var before = mock.Target.Requests.Count;

        var result = session.Run($$"""
            {{mock.ConnectBoth.Replace("-PassThru", $"-SpeechToTextApiVersion {version} -PassThru", StringComparison.Ordinal)}}
            {{TrainedModel}}
            $copy = $model | Copy-CsrModel -TargetContext $target -SourceResourceId $sourceId -Wait -PollingIntervalSec 0.2 -Verbose
            $inTarget = Get-CsrModel -Context $target -Id $copy.Id
            $inSource = @(Get-CsrModel -DisplayName "model-$run")
            [pscustomobject]@{ Model = $model; Copy = $copy; InTarget = $inTarget; InSource = $inSource.Count; TargetEndpoint = $target.Endpoint }
            """, Variables(run));

        Assert.True(result.Errors.Count == 0 && result.Terminating is null, result.ErrorText + result.Terminating);
        var outcome = Assert.Single(result.Output);
        var model = PSObject.AsPSObject(outcome.Properties["Model"].Value);
        var copy = PSObject.AsPSObject(outcome.Properties["Copy"].Value);
        var inTarget = PSObject.AsPSObject(outcome.Properties["InTarget"].Value);
        Assert.Equal("SpeechCustom.CsrModel", copy.TypeNames[0]);
        Assert.NotEqual(model.Properties["Id"].Value, copy.Properties["Id"].Value);
        Assert.Equal("model-" + run, copy.Properties["DisplayName"].Value);
        Assert.Equal("Succeeded", copy.Properties["Status"].Value);
        Assert.StartsWith(mock.Target.Endpoint.ToString().TrimEnd('/'), (string)copy.Properties["Self"].Value, StringComparison.Ordinal);
        Assert.Equal(copy.Properties["Id"].Value, inTarget.Properties["Id"].Value);
        Assert.Equal(1, (int)outcome.Properties["InSource"].Value);

        // Authorized on the target, copied and followed on the source.
        var targetRequests = mock.Target.Requests.Snapshot().Skip(before).ToList();
        Assert.Contains(targetRequests, r => r.Method == "POST" && r.Path.EndsWith("/models:authorizecopy", StringComparison.Ordinal));
        var sourceRequests = mock.Server.Requests.Snapshot();
        Assert.Contains(sourceRequests, r => r.Method == "POST" && r.Path.EndsWith($"/models/{model.Properties["Id"].Value}:copy", StringComparison.Ordinal));
        Assert.Contains(sourceRequests, r => r.Method == "GET" && r.Path.Contains("/operations/models/copy/", StringComparison.Ordinal));
        Assert.Contains(result.Verbose, v => v.StartsWith("ModelCopy of ", StringComparison.Ordinal) && v.EndsWith("-> Succeeded", StringComparison.Ordinal));
    }

    [Fact]
    public void Without_Wait_the_copy_operation_is_returned_and_Wait_SpeechOperation_ends_with_the_target_model()
    {
        var run = MockFixture.NewId("copyop");
        using var session = new ModuleSession();

        var result = session.Run($$"""
            {{mock.ConnectBoth}}
            {{TrainedModel}}
            $operation = Copy-CsrModel -Id $model.Id -TargetContext $target -SourceResourceId $sourceId
            $operation | Out-Host
            $operation
            $operation | Wait-SpeechOperation -PollingIntervalSec 0.2
            """, Variables(run));

        Assert.True(result.Errors.Count == 0, result.ErrorText);
        Assert.Equal(2, result.Output.Count);
        Assert.Equal("SpeechCustom.CsrModelCopyOperation", result.Output[0].TypeNames[0]);
        Assert.Contains("TargetModelId", result.HostText);
        var copied = result.Output[1];
        Assert.Equal("SpeechCustom.CsrModel", copied.TypeNames[0]);
        Assert.StartsWith(mock.Target.Endpoint.ToString().TrimEnd('/'), (string)copied.Properties["Self"].Value, StringComparison.Ordinal);
    }

    [Fact]
    public void A_copy_the_target_refuses_is_an_error_with_the_service_reason_and_nothing_is_copied()
    {
        var run = MockFixture.NewId("copybad");
        using var session = new ModuleSession();
        var wrongSource = mock.SourceResourceId.Replace("mock-speech-", "other-speech-", StringComparison.Ordinal);

        var result = session.Run($$"""
            {{mock.ConnectBoth}}
            {{TrainedModel}}
            $model | Copy-CsrModel -TargetContext $target -SourceResourceId '{{wrongSource}}' -Wait -PollingIntervalSec 0.2
            @(Get-CsrModel -Context $target -DisplayName "model-$run").Count
            """, Variables(run));

        var error = Assert.Single(result.Errors);
        Assert.Contains("InvalidSourceAzureResourceId", error.FullyQualifiedErrorId + error.Exception.Message);
        Assert.Equal(0, (int)Assert.Single(result.Output).BaseObject);
    }
}
