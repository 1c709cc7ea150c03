using System;
using System.Threading;
using System.Threading.Tasks;
using Azure.Core;
using SpeechCustom.Engine.Json;
using SpeechCustom.Engine.Models.CustomVoice;
using SpeechCustom.Engine.Paging;
using SpeechCustom.Engine.Validation;

namespace SpeechCustom.Engine.CustomVoice
{
    public sealed partial class CustomVoiceClient
    {
        public static readonly string[] EndpointKinds = { "HighPerformance", "FastResume" };

        /// <summary>Checks an endpoint definition locally; the id is a GUID, new when not given.</summary>
        public static VoiceEndpoint CheckEndpoint(VoiceEndpoint definition) => new VoiceEndpoint
        {
            Id = string.IsNullOrEmpty(definition.Id) ? Guid.NewGuid().ToString("D") : InputRules.GuidOf(definition.Id, "Id"),
            ProjectId = InputRules.CustomVoiceIdOf(definition.ProjectId, "ProjectId"),
            ModelId = InputRules.CustomVoiceIdOf(definition.ModelId, "ModelId"),
            DisplayName = InputRules.OptionalText(definition.DisplayName),
            Description = definition.Description,
            Properties = definition.Properties?.Kind is null ? null : new VoiceEndpointProperties { Kind = InputRules.OneOf(definition.Properties.Kind, EndpointKinds, "Kind") },
        };

        /// <summary>PUT /endpoints/{id}: deploys a model (long-running).</summary>
        public async Task<VoiceEndpoint> CreateEndpointAsync(VoiceEndpoint definition, string? operationId, CancellationToken cancellationToken)
        {
            var body = CheckEndpoint(definition);
            var opId = OperationIdOrNew(operationId);
            var result = await caller.SendAsync(RequestMethod.Put, Url("endpoints/" + body.Id), body,
                SpeechJsonContext.Default.VoiceEndpoint, SpeechJsonContext.Default.VoiceEndpoint, OperationHeader(opId), cancellationToken).ConfigureAwait(false);
            return Started(result, opId, "Succeeded");
        }

        public async Task<VoiceEndpoint> GetEndpointAsync(string id, CancellationToken cancellationToken)
            => (await GetAsync("endpoints", InputRules.GuidOf(id, "Id"), SpeechJsonContext.Default.VoiceEndpoint, cancellationToken).ConfigureAwait(false)).Value;

        public PageStream<VoiceEndpoint> ListEndpoints(string? filter, int? skip, int? maxPageSize)
            => List("endpoints", filter, skip, maxPageSize, SpeechJsonContext.Default.CustomVoicePageVoiceEndpoint);

        public Task DeleteEndpointAsync(string id, CancellationToken cancellationToken)
            => DeleteAsync("endpoints", InputRules.GuidOf(id, "Id"), cancellationToken);

        /// <summary>POST /endpoints/{id}:suspend — Disabling, then Disabled; no charges while suspended.</summary>
        public Task<VoiceEndpoint> SuspendEndpointAsync(string id, string? operationId, CancellationToken cancellationToken)
            => EndpointActionAsync(id, ":suspend", "Disabled", operationId, cancellationToken);

        /// <summary>POST /endpoints/{id}:resume — Running, then Succeeded (about as long as a deployment).</summary>
        public Task<VoiceEndpoint> ResumeEndpointAsync(string id, string? operationId, CancellationToken cancellationToken)
            => EndpointActionAsync(id, ":resume", "Succeeded", operationId, cancellationToken);

        private async Task<VoiceEndpoint> EndpointActionAsync(string id, string action, string expected, string? operationId, CancellationToken cancellationToken)
        {
            var guid = InputRules.GuidOf(id, "Id");
            var opId = OperationIdOrNew(operationId);
            var result = await caller.SendAsync<object, VoiceEndpoint>(RequestMethod.Post, Url("endpoints/" + guid + action), null, null,
                SpeechJsonContext.Default.VoiceEndpoint, OperationHeader(opId), cancellationToken).ConfigureAwait(false);
            return Started(result, opId, expected);
        }

        private VoiceEndpoint Started(Http.RestResult<VoiceEndpoint> result, string operationId, string expected)
        {
            var endpoint = Stamp(Required(result.Value, "endpoint"));
            endpoint.OperationId = result.Header(Http.RequestIdempotency.OperationIdHeader) ?? operationId;
            endpoint.ExpectedStatus = expected;
            return endpoint;
        }
    }
}
