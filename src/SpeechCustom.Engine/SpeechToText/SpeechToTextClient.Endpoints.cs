using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using Azure.Core;
using SpeechCustom.Engine.Errors;
using SpeechCustom.Engine.Json;
using SpeechCustom.Engine.Models.SpeechToText;
using SpeechCustom.Engine.Paging;
using SpeechCustom.Engine.Validation;

namespace SpeechCustom.Engine.SpeechToText
{
    /// <summary>Custom speech endpoints: a model deployed for real-time recognition.</summary>
    public sealed partial class SpeechToTextClient
    {
        /// <summary>v3.x: "The longest supported duration is 31 days."</summary>
        public static readonly TimeSpan MaxEndpointTimeToLive = TimeSpan.FromDays(31);

        /// <summary>The checks that need no connection (name, locale, model given, time to live, custom properties).</summary>
        public static void CheckEndpointDefinition(CsrEndpointDefinition definition)
        {
            InputRules.NonEmpty(definition.DisplayName, "DisplayName", "a name for the endpoint");
            InputRules.LocaleOf(definition.Locale, "Locale");
            InputRules.NonEmpty(definition.Model, "Model", "the model to deploy: a model object, its id or its URL");
            if (definition.TimeToLive.HasValue && (definition.TimeToLive.Value <= TimeSpan.Zero || definition.TimeToLive.Value > MaxEndpointTimeToLive))
                throw new SpeechInputException("InvalidTimeToLive",
                    $"-TimeToLive {definition.TimeToLive.Value} is out of range: an endpoint can be kept for at most 31 days (leave it out to keep the endpoint until you delete it).", "TimeToLive");
            CheckCustomProperties(definition.CustomProperties);
        }

        /// <summary>Checks a definition for the connection's version (v3.x-only options, projects, references) without sending.</summary>
        public void CheckEndpoint(CsrEndpointDefinition definition) => EndpointBody(definition);

        /// <summary>POST /endpoints: deploys the model (the endpoint goes NotStarted, Running, Succeeded).</summary>
        public async Task<CsrEndpoint> CreateEndpointAsync(CsrEndpointDefinition definition, CancellationToken cancellationToken)
        {
            var body = EndpointBody(definition);
            body.Model = await ResolveModelReferenceAsync(definition.Model!, "Model", cancellationToken).ConfigureAwait(false);
            return await CreateEntityAsync("endpoints", body, TranscriptionJsonContext.Default.CsrEndpointBody, TranscriptionJsonContext.Default.CsrEndpoint, cancellationToken).ConfigureAwait(false);
        }

        public async Task<CsrEndpoint> GetEndpointAsync(string id, CancellationToken cancellationToken)
            => (await GetEntityAsync("endpoints", id, TranscriptionJsonContext.Default.CsrEndpoint, cancellationToken).ConfigureAwait(false)).Value;

        /// <summary>GET /endpoints, or GET /projects/{id}/endpoints when <paramref name="project"/> (id, URL) is given.</summary>
        public PageStream<CsrEndpoint> ListEndpoints(string? filter, int? skip, int? top, string? project = null)
            => project is null
                ? List("endpoints", filter, skip, top, TranscriptionJsonContext.Default.SpeechToTextPageCsrEndpoint)
                : ListOfProject(project, "endpoints", filter, skip, top, TranscriptionJsonContext.Default.SpeechToTextPageCsrEndpoint);

        /// <summary>Checks the changes for the connection's version without sending.</summary>
        public void CheckEndpointChanges(CsrEndpointChanges changes) => EndpointUpdate(changes);

        /// <summary>PATCH /endpoints/{id} with only what changes (name, description, model, content logging, project, custom properties).</summary>
        public async Task<CsrEndpoint> UpdateEndpointAsync(string id, CsrEndpointChanges changes, CancellationToken cancellationToken)
        {
            var body = EndpointUpdate(changes);
            if (!string.IsNullOrEmpty(changes.Model))
                body.Model = await ResolveModelReferenceAsync(changes.Model!, "Model", cancellationToken).ConfigureAwait(false);
            return await UpdateEntityAsync("endpoints", id, body, TranscriptionJsonContext.Default.CsrEndpointUpdateBody, TranscriptionJsonContext.Default.CsrEndpoint, cancellationToken).ConfigureAwait(false);
        }

        public Task DeleteEndpointAsync(string id, CancellationToken cancellationToken) => DeleteEntityAsync("endpoints", id, cancellationToken);

        /// <summary>GET /endpoints/locales: the locales endpoints can be created for (a plain list in every version).</summary>
        public async Task<IReadOnlyList<string>> GetEndpointLocalesAsync(CancellationToken cancellationToken)
        {
            var result = await caller.SendAsync<object, List<string>>(RequestMethod.Get, Url("endpoints/locales"), null, null, TranscriptionJsonContext.Default.ListString, null, cancellationToken).ConfigureAwait(false);
            return result.Value ?? new List<string>();
        }

        private CsrEndpointBody EndpointBody(CsrEndpointDefinition definition)
        {
            CheckEndpointDefinition(definition);
            RequireV3Option(!string.IsNullOrEmpty(definition.Text), "Text", "adaptation text for the endpoint");
            RequireV3Option(definition.TimeToLive.HasValue, "TimeToLive", "automatic deletion of the endpoint");
            return new CsrEndpointBody
            {
                DisplayName = definition.DisplayName,
                Description = InputRules.OptionalText(definition.Description),
                Locale = definition.Locale,
                Model = ModelReferenceOf(definition.Model!),
                Project = ProjectReferenceOrNull(definition.Project),
                Text = InputRules.OptionalText(definition.Text),
                CustomProperties = CheckCustomProperties(definition.CustomProperties),
                Properties = new CsrEndpointBodyProperties
                {
                    LoggingEnabled = definition.LoggingEnabled ? true : (bool?)null,
                    TimeToLive = definition.TimeToLive.HasValue ? IsoDuration.ToIso(definition.TimeToLive.Value) : null,
                },
            };
        }

        private CsrEndpointUpdateBody EndpointUpdate(CsrEndpointChanges changes)
        {
            if (changes.DisplayName != null)
                InputRules.NonEmpty(changes.DisplayName, "DisplayName", "a name for the endpoint");
            var body = new CsrEndpointUpdateBody
            {
                DisplayName = changes.DisplayName,
                Description = changes.Description,
                Model = string.IsNullOrEmpty(changes.Model) ? null : ModelReferenceOf(changes.Model!),
                Project = ProjectReferenceOrNull(changes.Project),
                CustomProperties = CheckCustomProperties(changes.CustomProperties),
                Properties = changes.LoggingEnabled.HasValue ? new CsrEndpointUpdateProperties { ContentLoggingEnabled = changes.LoggingEnabled } : null,
            };
            if (body.DisplayName is null && body.Description is null && body.Model is null && body.Project is null && body.CustomProperties is null && body.Properties is null)
                throw new SpeechInputException("NothingToUpdate", "Nothing to change: give -DisplayName, -Description, -Model, -LoggingEnabled, -Project or -CustomProperty.", "DisplayName");
            return body;
        }
    }
}
