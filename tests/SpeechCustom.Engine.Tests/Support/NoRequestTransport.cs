using Azure.Core;
using Azure.Core.Pipeline;

namespace SpeechCustom.Engine.Tests.Support;

/// <summary>A transport that counts requests and never answers: tests of local validation assert it stayed at zero.</summary>
public sealed class NoRequestTransport : HttpPipelineTransport
{
    private int sent;

    public int Sent => sent;

    public override Request CreateRequest() => new HttpClientTransport().CreateRequest();

    public override void Process(HttpMessage message)
    {
        Interlocked.Increment(ref sent);
        throw new InvalidOperationException("No request should have been sent.");
    }

    public override ValueTask ProcessAsync(HttpMessage message)
    {
        Process(message);
        return default;
    }
}
