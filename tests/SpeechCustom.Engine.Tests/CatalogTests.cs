using SpeechCustom.Engine.Tests.Support;
using Xunit;

namespace SpeechCustom.Engine.Tests;

/// <summary>Recipes and base models are read whether the version answers {"value":[...]} (2026-01-01) or a bare array (previews).</summary>
public sealed class CatalogTests(MockServerFixture mock) : IClassFixture<MockServerFixture>
{
    [Theory]
    [InlineData("2026-01-01")]
    [InlineData("2024-02-01-preview")]
    public async Task Recipes_and_base_models_are_read_in_both_shapes(string version)
    {
        var context = mock.Connect(customVoiceVersion: version);

        var recipes = await context.CustomVoice.ListRecipesAsync(default);
        var baseModels = await context.CustomVoice.ListBaseModelsAsync(default);

        Assert.Contains(recipes, r => r.Kind == "Default" && r.MinUtteranceCount > 0);
        Assert.Contains(recipes, r => r.Kind == "MultiStyle" && r.MaxCustomStyleNum > 0);
        Assert.NotEmpty(baseModels);
        Assert.All(baseModels, b => Assert.False(string.IsNullOrEmpty(b.Name)));
        var body = mock.Server.Requests.Last(r => r.Path.EndsWith("/basemodels", StringComparison.Ordinal));
        Assert.Contains("api-version=" + version, body.PathAndQuery);
    }
}
