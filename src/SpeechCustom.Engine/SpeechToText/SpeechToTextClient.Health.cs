using System.Threading;
using System.Threading.Tasks;
using Azure.Core;
using SpeechCustom.Engine.Json;
using SpeechCustom.Engine.Models.SpeechToText;

namespace SpeechCustom.Engine.SpeechToText
{
    public sealed partial class SpeechToTextClient
    {
        /// <summary>The only version with the health status operation (v3.2 GA and later dropped it).</summary>
        public const string HealthApiVersion = "v3.1";

        /// <summary>
        /// GET /speechtotext/v3.1/healthstatus, whatever version the connection uses: the operation exists only in v3.1
        /// (and v3.2-preview.2), and the health it reports is the service's, not a version's.
        /// </summary>
        public async Task<SpeechServiceHealth> GetServiceHealthAsync(CancellationToken cancellationToken)
        {
            var url = Paging.QueryString.Build(context.Endpoint.AbsoluteUri.TrimEnd('/') + "/speechtotext/" + HealthApiVersion + "/healthstatus", new System.Collections.Generic.KeyValuePair<string, string?>[0]);
            var result = await caller.SendAsync<object, SpeechServiceHealth>(RequestMethod.Get, url, null, null, TranscriptionJsonContext.Default.SpeechServiceHealth, null, cancellationToken).ConfigureAwait(false);
            return Stamp(Required(result.Value, "health status"));
        }
    }
}
