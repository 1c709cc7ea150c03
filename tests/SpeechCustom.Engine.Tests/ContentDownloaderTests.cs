using SpeechCustom.Engine.Errors;
using SpeechCustom.Engine.Http;
using SpeechCustom.Engine.Tests.Support;
using Xunit;

namespace SpeechCustom.Engine.Tests;

/// <summary>Files the service hands out as URLs are read from storage without the Speech key; when that cannot work, the error says why.</summary>
public sealed class ContentDownloaderTests(MockServerFixture mock) : IClassFixture<MockServerFixture>
{
    [Fact]
    public async Task A_file_url_without_a_SAS_that_storage_refuses_is_explained_as_your_own_storage()
    {
        var url = new Uri(mock.Server.Endpoint, "/_blobs/transcriptions/" + Guid.NewGuid() + "/contenturl_0.json").AbsoluteUri;

        var e = await Assert.ThrowsAsync<SpeechException>(() => ContentDownloader.Shared.ReadAsync(url, default));

        Assert.Equal("ContentNotShared", e.ErrorId);
        Assert.Contains("without a SAS", e.Message);
        Assert.Contains("bring-your-own-storage", e.Message);
    }

    [Fact]
    public async Task A_refused_file_url_with_a_SAS_keeps_the_storage_error_and_masks_the_signature()
    {
        var url = new Uri(mock.Server.Endpoint, "/_blobs/transcriptions/" + Guid.NewGuid() + "/contenturl_0.json?sv=2024-08-04&sp=r&se=2001-01-01&sig=ExpiredSignature").AbsoluteUri;

        var e = await Assert.ThrowsAnyAsync<SpeechException>(() => ContentDownloader.Shared.ReadAsync(url, default));

        Assert.NotEqual("ContentNotShared", e.ErrorId);
        Assert.DoesNotContain("ExpiredSignature", e.Message);
    }
}
