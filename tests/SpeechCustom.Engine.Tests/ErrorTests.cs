using SpeechCustom.Engine.Errors;
using SpeechCustom.Engine.Models.SpeechToText;
using SpeechCustom.Engine.Tests.Support;
using Xunit;

namespace SpeechCustom.Engine.Tests;

/// <summary>Service errors of both APIs become one exception with status, code, inner codes, message and request id.</summary>
public sealed class ErrorTests(MockServerFixture mock) : IClassFixture<MockServerFixture>
{
    [Fact]
    public async Task A_missing_custom_voice_resource_is_a_not_found_error_with_a_request_id()
    {
        var context = mock.Connect();
        var e = await Assert.ThrowsAsync<SpeechServiceException>(() => context.CustomVoice.GetTrainingSetAsync("no-such-set", default));
        Assert.Equal(404, e.Status);
        Assert.Equal("NotFound", e.Code);
        Assert.Equal(SpeechErrorCategory.ObjectNotFound, e.Category);
        Assert.False(string.IsNullOrEmpty(e.RequestId));
        Assert.Contains(e.RequestId!, e.Message);
        Assert.Contains("GET", e.Message);
    }

    [Fact]
    public async Task A_speech_to_text_error_carries_its_inner_code()
    {
        var context = mock.Connect();
        var missingProject = context.SpeechToText.ProjectReference(Guid.NewGuid().ToString());
        var definition = RetryTests.Dataset(MockServerFixture.NewId("orphan"));
        definition.Project = missingProject;

        var e = await Assert.ThrowsAsync<SpeechServiceException>(() => context.SpeechToText.CreateDatasetAsync(definition, default));

        Assert.Equal(400, e.Status);
        Assert.Equal("InvalidRequest", e.Code);
        Assert.Contains("InvalidProject", e.InnerCodes);
    }

    [Fact]
    public async Task A_wrong_key_is_an_authentication_error_and_the_key_is_not_in_the_message()
    {
        const string wrongKey = "ffffffffffffffffffffffffffffffff";
        var context = Connection.SpeechContext.Create(new Connection.SpeechConnectOptions
        {
            AuthType = Connection.SpeechAuthType.Key, Endpoint = mock.Server.Endpoint, Key = wrongKey,
        });
        var e = await Assert.ThrowsAsync<SpeechServiceException>(() => context.SpeechToText.GetDatasetAsync(Guid.NewGuid().ToString(), default));
        Assert.Equal(401, e.Status);
        Assert.Equal(SpeechErrorCategory.AuthenticationError, e.Category);
        Assert.DoesNotContain(wrongKey, e.ToString());
    }
}
