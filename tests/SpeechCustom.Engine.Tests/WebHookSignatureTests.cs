using System.Text;
using SpeechCustom.Engine.Errors;
using SpeechCustom.Engine.WebHooks;
using Xunit;

namespace SpeechCustom.Engine.Tests;

/// <summary>
/// Web hook signatures: Base64(HMAC-SHA256(UTF-8 secret, body)), checked locally. The expected values were computed
/// independently (Python's hmac module), so these tests would catch a wrong key encoding or hash.
/// </summary>
public sealed class WebHookSignatureTests
{
    private const string Body = "{\"self\":\"https://westus.api.cognitive.microsoft.com/speechtotext/v3.2/transcriptions/ba7ea6f5-3065-40b7-b49a-a90f48584683\",\"invocationId\":\"4b1b5ca1-8e2f-4b5a-9d7e-3c5a2f0c9b11\"}";
    private const string Secret = "my-webhook-secret-42";
    private const string Signature = "TXghqqj8GFIRN+lhK2f4wr1FPwPaeVIyDPnCw0mvugI=";

    [Fact]
    public void The_signature_of_a_callback_matches_its_body_and_secret()
    {
        var check = SignatureVerifier.Verify(Encoding.UTF8.GetBytes(Body), Signature, Secret);
        Assert.True(check.IsValid, check.Reason);
        Assert.Equal(Encoding.UTF8.GetByteCount(Body), check.BodyLength);
    }

    [Fact]
    public void Secrets_and_bodies_outside_ASCII_are_taken_as_UTF8()
        => Assert.True(SignatureVerifier.Verify(Encoding.UTF8.GetBytes("Grüße"), "5dx7FnKVUo96J06zVRkjtA4dW8jSSr4t3AWEQMTfuEA=", "sécret").IsValid);

    [Theory]
    [InlineData("{\"self\":\"https://evil.example/transcriptions/ba7ea6f5-3065-40b7-b49a-a90f48584683\",\"invocationId\":\"4b1b5ca1-8e2f-4b5a-9d7e-3c5a2f0c9b11\"}", Secret)]
    [InlineData(Body + " ", Secret)]
    [InlineData(Body, "my-webhook-secret-43")]
    public void A_changed_body_or_another_secret_fails(string body, string secret)
    {
        var check = SignatureVerifier.Verify(Encoding.UTF8.GetBytes(body), Signature, secret);
        Assert.False(check.IsValid);
        Assert.Contains("does not match", check.Reason);
    }

    [Theory]
    [InlineData("", "empty")]
    [InlineData("not base64!", "not Base64")]
    [InlineData("TXghqqj8GFIRN+lhK2f4wr1FPwPaeVIyDPnCw0mv", "does not match")]
    public void A_missing_malformed_or_truncated_signature_fails_with_its_reason(string signature, string reason)
    {
        var check = SignatureVerifier.Verify(Encoding.UTF8.GetBytes(Body), signature, Secret);
        Assert.False(check.IsValid);
        Assert.Contains(reason, check.Reason);
    }

    [Fact]
    public void An_empty_secret_is_bad_input_rather_than_a_failed_check()
        => Assert.Equal("MissingParameter", Assert.Throws<SpeechInputException>(() => SignatureVerifier.Verify(Encoding.UTF8.GetBytes(Body), Signature, "")).ErrorId);

    [Theory]
    [InlineData("transcriptionCompletion", "transcriptionCompletion")]
    [InlineData("TranscriptionCompletion", "transcriptionCompletion")]
    [InlineData("PING", "ping")]
    public void Event_names_are_accepted_in_either_spelling(string given, string api)
        => Assert.Equal(new[] { api }, WebHookEventNames.Parse(new[] { given }, "Event"));

    [Fact]
    public void A_group_selects_the_four_events_of_its_kind_and_All_every_event()
    {
        Assert.Equal(new[] { "transcriptionCreation", "transcriptionProcessing", "transcriptionCompletion", "transcriptionDeletion" },
            WebHookEventNames.Parse(new[] { "Transcription" }, "Event"));
        Assert.Equal(22, WebHookEventNames.Parse(new[] { "All", "ping" }, "Event").Count);
        Assert.Equal(22, WebHookEventNames.ApiNames.Count);
    }

    [Fact]
    public void An_unknown_event_is_rejected_listing_the_valid_ones()
    {
        var e = Assert.Throws<SpeechInputException>(() => WebHookEventNames.Parse(new[] { "TranscriptionDone" }, "Event"));
        Assert.Equal("InvalidWebHookEvent", e.ErrorId);
        Assert.Contains("TranscriptionCompletion", e.Message);
    }
}
