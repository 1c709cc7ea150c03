using SpeechCustom.Engine.Diagnostics;
using SpeechCustom.Engine.Models.Common;
using Xunit;

namespace SpeechCustom.Engine.Tests;

public sealed class RedactionTests
{
    [Theory]
    [InlineData("https://a.blob.core.windows.net/c?sv=2024&sp=rl&sig=abc%2Bdef%3D", "sig=REDACTED")]
    [InlineData("{\"containerUrl\":\"https://a.blob.core.windows.net/c?sv=2024\\u0026sig=abcdef\"}", "sig=REDACTED")]
    [InlineData("Authorization: Bearer eyJ0eXAiOiJKV1QiLCJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxIn0.abc", "Authorization: REDACTED")]
    [InlineData("token was Bearer eyJ0eXAiOiJKV1QiLCJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxIn0.abc", "Bearer REDACTED")]
    [InlineData("Ocp-Apim-Subscription-Key: 0123456789abcdef", "Ocp-Apim-Subscription-Key: REDACTED")]
    [InlineData("{\"access_token\":\"tok-123456789\",\"expires_in\":3599}", "\"access_token\":\"REDACTED\"")]
    [InlineData("grant_type=client_credentials&client_secret=s3cr3t-value&scope=x", "client_secret=REDACTED")]
    public void Secrets_in_text_are_masked(string text, string expected)
    {
        var redacted = SecretRedactor.Redact(text);
        Assert.Contains(expected, redacted);
        Assert.DoesNotContain("abcdef", redacted);
        Assert.DoesNotContain("s3cr3t", redacted);
        Assert.DoesNotContain("tok-123", redacted);
    }

    [Fact]
    public void A_registered_secret_is_masked_wherever_it_appears()
    {
        var key = "k" + Guid.NewGuid().ToString("N");
        SecretRedactor.RegisterSecret(key);
        Assert.Equal("the key is REDACTED.", SecretRedactor.Redact($"the key is {key}."));
    }

    [Fact]
    public void Trace_urls_show_only_harmless_query_values()
    {
        var url = new Uri("https://x.cognitiveservices.azure.com/customvoice/projects?api-version=2026-01-01&skip=2&code=secret123&sig=zzz");
        var shown = SecretRedactor.RedactForTrace(url);
        Assert.Contains("api-version=2026-01-01", shown);
        Assert.Contains("skip=2", shown);
        Assert.DoesNotContain("secret123", shown);
        Assert.DoesNotContain("zzz", shown);
    }

    [Fact]
    public void A_blob_source_shows_its_url_without_the_signature_but_keeps_it_for_the_service()
    {
        var source = new BlobContentSource { ContainerUrl = "https://a.blob.core.windows.net/c?sv=2024&sp=rl&sig=TOPSECRET", Extensions = { ".wav" } };
        Assert.Equal("https://a.blob.core.windows.net/c?sv=2024&sp=rl&sig=REDACTED", source.ContainerUrl);
        Assert.DoesNotContain("TOPSECRET", source.ToString());
        var json = System.Text.Json.JsonSerializer.Serialize(source, Json.SpeechJsonContext.Default.BlobContentSource);
        Assert.Contains("TOPSECRET", json);
    }
}
