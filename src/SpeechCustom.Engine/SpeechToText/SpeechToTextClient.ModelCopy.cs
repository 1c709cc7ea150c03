using System;
using System.Text.RegularExpressions;
using System.Threading;
using System.Threading.Tasks;
using Azure.Core;
using SpeechCustom.Engine.Connection;
using SpeechCustom.Engine.CustomVoice;
using SpeechCustom.Engine.Errors;
using SpeechCustom.Engine.Json;
using SpeechCustom.Engine.Models.SpeechToText;
using SpeechCustom.Engine.Validation;

namespace SpeechCustom.Engine.SpeechToText
{
    /// <summary>
    /// Copying a custom model to another Speech resource (v3.2 and later): the target authorizes the source
    /// (POST /models:authorizecopy on the target), the source copies (POST /models/{id}:copy, 202 with an operation), and
    /// the operation (GET /operations/models/copy/{id} on the source) ends with a link to the new model in the target.
    /// </summary>
    public sealed partial class SpeechToTextClient
    {
        private static readonly Regex AzureResourceId = new Regex(
            "^/subscriptions/[^/]+/resourceGroups/[^/]+/providers/Microsoft\\.CognitiveServices/accounts/[^/]+$",
            RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);

        /// <summary>Checks a copy locally: the model id, the source resource id, a target that is another connection.</summary>
        public static void CheckModelCopy(string modelId, string? sourceResourceId, SpeechContext? target, SpeechContext source)
        {
            InputRules.GuidOf(modelId, "Id");
            if (target is null)
                throw new SpeechInputException("MissingParameter", "-TargetContext is empty: connect to the target resource with Connect-SpeechService -PassThru and pass that connection.", "TargetContext");
            if (ReferenceEquals(target, source) || target.Endpoint == source.Endpoint)
                throw new SpeechInputException("SameResource", $"-TargetContext is the same resource as the source ({source.Endpoint}); a copy goes to another Speech resource.", "TargetContext");
            if (sourceResourceId is null || !AzureResourceId.IsMatch(sourceResourceId))
                throw new SpeechInputException("InvalidResourceId",
                    $"'{sourceResourceId}' is not the Azure resource id of a Speech resource for -SourceResourceId; it looks like /subscriptions/<subscription>/resourceGroups/<group>/providers/Microsoft.CognitiveServices/accounts/<name> (Properties > Resource ID in the portal).",
                    "SourceResourceId");
        }

        /// <summary>POST /models:authorizecopy (on this resource, the target): lets <paramref name="sourceResourceId"/> copy into it.</summary>
        public async Task<CsrModelCopyAuthorization> AuthorizeModelCopyAsync(string sourceResourceId, CancellationToken cancellationToken)
        {
            var body = new CsrModelCopyAuthorizationDefinition { SourceResourceId = sourceResourceId };
            var result = await caller.SendAsync(RequestMethod.Post, Url("models:authorizecopy"), body,
                CustomSpeechJsonContext.Default.CsrModelCopyAuthorizationDefinition, CustomSpeechJsonContext.Default.CsrModelCopyAuthorization, null, cancellationToken).ConfigureAwait(false);
            var authorization = Required(result.Value, "copy authorization");
            authorization.Raw = result.Body;
            return authorization;
        }

        /// <summary>Authorizes on <paramref name="target"/>, then starts the copy here; returns the copy operation (it knows the target).</summary>
        public async Task<CsrModelCopyOperation> CopyModelAsync(string modelId, SpeechContext target, string sourceResourceId, CancellationToken cancellationToken)
        {
            CheckModelCopy(modelId, sourceResourceId, target, context);
            var id = InputRules.GuidOf(modelId, "Id");
            var authorization = await target.SpeechToText.AuthorizeModelCopyAsync(sourceResourceId, cancellationToken).ConfigureAwait(false);
            // The contract: the body of :copy is the ModelCopyAuthorization "as returned by AuthorizeCopy", so it is passed on unchanged.
            var result = authorization.Raw is { } raw
                ? await caller.SendRawJsonAsync(RequestMethod.Post, Url($"models/{id}:copy"), raw, CustomSpeechJsonContext.Default.CsrModelCopyOperation, cancellationToken).ConfigureAwait(false)
                : await caller.SendAsync(RequestMethod.Post, Url($"models/{id}:copy"), authorization,
                    CustomSpeechJsonContext.Default.CsrModelCopyAuthorization, CustomSpeechJsonContext.Default.CsrModelCopyOperation, null, cancellationToken).ConfigureAwait(false);
            var operation = result.Value ?? new CsrModelCopyOperation { Status = "NotStarted" };
            operation.Id ??= EntityId.FromSelf(result.Header("Operation-Location"));
            if (string.IsNullOrEmpty(operation.Id))
                throw new SpeechException("UnexpectedResponse", "The service started the copy but named no operation to follow.", SpeechErrorCategory.InvalidData, id);
            operation.SourceModelId = id;
            operation.TargetContext = target;
            return Stamp(operation);
        }

        /// <summary>GET /operations/models/copy/{id} with the service's Retry-After.</summary>
        internal async Task<Polled<CsrModelCopyOperation>> GetModelCopyAsync(CsrModelCopyOperation operation, CancellationToken cancellationToken)
        {
            var id = InputRules.GuidOf(operation.Id, "Id");
            var result = await caller.SendAsync<object, CsrModelCopyOperation>(RequestMethod.Get, Url($"operations/models/copy/{id}"), null, null,
                CustomSpeechJsonContext.Default.CsrModelCopyOperation, null, cancellationToken).ConfigureAwait(false);
            var current = Stamp(Required(result.Value, "copy operation"));
            current.SourceModelId = operation.SourceModelId;
            current.TargetContext = operation.TargetContext;
            return new Polled<CsrModelCopyOperation>(current, result.RetryAfter);
        }
    }
}
