using SpeechCustom.Module.Tests.Support;
using Xunit;

namespace SpeechCustom.Module.Tests;

/// <summary>
/// An object piped into a cmdlet brings the connection it was read from: a script that works with two resources can
/// read with -Context and act on what it read without repeating -Context, and never acts on the other resource by
/// mistake. An explicit -Context still wins, and an id typed as text uses the current connection.
/// </summary>
public sealed class PipedConnectionTests(TwoResourcesFixture mock) : IClassFixture<TwoResourcesFixture>
{
    [Fact]
    public void Objects_read_from_another_resource_are_changed_and_removed_there()
    {
        var run = MockFixture.NewId("piped");
        using var session = new ModuleSession();
        var sourceBefore = mock.Server.Requests.Count;
        var targetBefore = mock.Target.Requests.Count;

        var result = session.Run($$"""
            {{mock.ConnectBoth}}
            $made = New-CsrDataset -Context $target -Kind Language -Locale en-US -DisplayName '{{run}}' -ContentUrl 'https://contoso.blob.core.windows.net/speech/a.txt?{{MockFixture.Sas}}'
            $project = New-CsrProject -Context $target -DisplayName '{{run}}' -Locale en-US
            Get-CsrDataset -Context $target -Id $made.Id | Set-CsrDataset -Description 'moved' -PassThru | ForEach-Object Description
            @($project | Get-CsrDataset).Count
            Get-CsrDataset -Context $target -DisplayName '{{run}}' | Remove-CsrDataset -Force
            @(Get-CsrDataset -Context $target -DisplayName '{{run}}').Count
            $project | Remove-CsrProject -Force
            """);

        Assert.True(result.Errors.Count == 0 && result.Terminating is null, result.ErrorText + result.Terminating);
        Assert.Equal(new object[] { "moved", 0, 0 }, result.BaseObjects);
        var target = mock.Target.Requests.Snapshot().Skip(targetBefore).ToList();
        Assert.Contains(target, r => r.Method == "PATCH" && r.Path.Contains("/datasets/", StringComparison.Ordinal));
        Assert.Contains(target, r => r.Method == "DELETE" && r.Path.Contains("/datasets/", StringComparison.Ordinal));
        Assert.Contains(target, r => r.Method == "GET" && r.Path.Contains("/projects/", StringComparison.Ordinal) && r.Path.EndsWith("/datasets", StringComparison.Ordinal));
        Assert.DoesNotContain(mock.Server.Requests.Snapshot().Skip(sourceBefore), r => r.Method is "PATCH" or "DELETE" || r.Path.Contains("/projects", StringComparison.Ordinal));
    }

    [Fact]
    public void A_typed_id_uses_the_current_connection_and_an_explicit_Context_wins()
    {
        var run = MockFixture.NewId("typed");
        using var session = new ModuleSession();

        var result = session.Run($$"""
            {{mock.ConnectBoth}}
            $made = New-CsrDataset -Context $target -Kind Language -Locale en-US -DisplayName '{{run}}' -ContentUrl 'https://contoso.blob.core.windows.net/speech/a.txt?{{MockFixture.Sas}}'
            $id = [string]::new($made.Id.ToCharArray())
            Get-CsrDataset -Id $id -ErrorAction SilentlyContinue -ErrorVariable missing | Out-Null
            $missing.Count
            Get-CsrDataset -Context $target -Id $made.Id | Get-CsrDataset -Context $source -ErrorAction SilentlyContinue -ErrorVariable wrong | Out-Null
            $wrong.Count
            $made | Remove-CsrDataset -Force
            """);

        Assert.True(result.Terminating is null, result.Terminating?.ToString());
        Assert.Equal(new object[] { 1, 1 }, result.BaseObjects);
    }
}
