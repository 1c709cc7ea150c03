using Azure.Core;
using Azure.Core.Pipeline;

namespace SpeechCustom.Engine.Http
{
    /// <summary>Key authentication: the resource key in the Ocp-Apim-Subscription-Key header.</summary>
    internal sealed class SubscriptionKeyPolicy : HttpPipelineSynchronousPolicy
    {
        public const string HeaderName = "Ocp-Apim-Subscription-Key";

        private readonly string key;

        public SubscriptionKeyPolicy(string key) => this.key = key;

        public override void OnSendingRequest(HttpMessage message) => message.Request.Headers.SetValue(HeaderName, key);
    }
}
