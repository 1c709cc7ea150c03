using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Azure.Core;
using SpeechCustom.Engine.CustomVoice;
using SpeechCustom.Engine.Errors;
using SpeechCustom.Engine.Json;
using SpeechCustom.Engine.Models.SpeechToText;
using SpeechCustom.Engine.Paging;
using SpeechCustom.Engine.Validation;

namespace SpeechCustom.Engine.SpeechToText
{
    public sealed partial class SpeechToTextClient
    {
        public static readonly string[] DatasetKinds = { "Acoustic", "AudioFiles", "Language", "LanguageMarkdown", "Pronunciation", "OutputFormatting" };

        private const int MaxCustomProperties = 10;

        /// <summary>Checks a dataset definition locally (kind, locale, name, URL, project, custom properties) and returns the body to send.</summary>
        public CsrDatasetDefinition CheckDataset(CsrDatasetDefinition definition)
        {
            var body = CheckDatasetDefinition(definition);
            if (body.Project != null)
                body.Project = ProjectReferenceOf(body.Project.Self!);
            return body;
        }

        /// <summary>The checks that do not depend on the API version (no connection needed).</summary>
        public static CsrDatasetDefinition CheckDatasetDefinition(CsrDatasetDefinition definition)
        {
            var body = new CsrDatasetDefinition
            {
                Kind = InputRules.OneOf(definition.Kind, DatasetKinds, "Kind"),
                Locale = InputRules.LocaleOf(definition.Locale, "Locale"),
                DisplayName = InputRules.NonEmpty(definition.DisplayName, "DisplayName", "a name for the dataset"),
                Description = definition.Description,
                Project = definition.Project,
                CustomProperties = CheckCustomProperties(definition.CustomProperties),
            };
            if (definition.ContentUrl != null)
                body.ContentUrl = InputRules.ServiceReadableUrl(definition.ContentUrl, "ContentUrl").AbsoluteUri;
            return body;
        }

        /// <summary>POST /datasets: the service fetches the data from ContentUrl and imports it (a long-running process).</summary>
        public async Task<CsrDataset> CreateDatasetAsync(CsrDatasetDefinition definition, CancellationToken cancellationToken)
        {
            var body = CheckDataset(definition);
            if (body.ContentUrl is null)
                throw new SpeechInputException("MissingParameter", "-ContentUrl is required: a URL the service can read the data from (for example a blob URL with a SAS).", "ContentUrl");
            var result = await caller.SendAsync(RequestMethod.Post, Url("datasets"), body,
                SpeechJsonContext.Default.CsrDatasetDefinition, SpeechJsonContext.Default.CsrDataset, null, cancellationToken).ConfigureAwait(false);
            return Stamp(Required(result.Value, "dataset"));
        }

        public async Task<CsrDataset> GetDatasetAsync(string id, CancellationToken cancellationToken)
            => (await GetEntityAsync("datasets", id, SpeechJsonContext.Default.CsrDataset, cancellationToken).ConfigureAwait(false)).Value;

        /// <summary>GET /datasets, or GET /projects/{id}/datasets when <paramref name="project"/> (id, URL) is given.</summary>
        public PageStream<CsrDataset> ListDatasets(string? filter, int? skip, int? top, string? project = null)
            => project is null
                ? List("datasets", filter, skip, top, SpeechJsonContext.Default.SpeechToTextPageCsrDataset)
                : ListOfProject(project, "datasets", filter, skip, top, SpeechJsonContext.Default.SpeechToTextPageCsrDataset);

        /// <summary>Checks a dataset update (PATCH) for this connection's version; nothing is sent.</summary>
        public CsrEntityUpdate CheckDatasetUpdate(CsrEntityUpdate update) => CheckEntityUpdate(update);

        public Task<CsrDataset> UpdateDatasetAsync(string id, CsrEntityUpdate update, CancellationToken cancellationToken)
            => UpdateEntityAsync("datasets", id, CheckDatasetUpdate(update), CustomSpeechJsonContext.Default.CsrEntityUpdate, SpeechJsonContext.Default.CsrDataset, cancellationToken);

        /// <summary>DELETE /datasets/{id} (the service answers 204 also when it did not exist).</summary>
        public Task DeleteDatasetAsync(string id, CancellationToken cancellationToken) => DeleteEntityAsync("datasets", id, cancellationToken);

        /// <summary>The update checks datasets, models and evaluations share: a project only where the version has projects.</summary>
        internal CsrEntityUpdate CheckEntityUpdate(CsrEntityUpdate update)
        {
            if (update.FoundryProjectName != null)
                throw new SpeechInputException("InvalidParameter", "Only projects have a Foundry project name.", "FoundryProjectName");
            if (update.Project != null)
                update.Project = ProjectReferenceOf(update.Project.Self!);
            return CheckUpdate(update);
        }

        /// <summary>A project reference in this connection's URL form (a URL of another version is rebuilt from its id).</summary>
        public EntityReference ProjectReferenceOf(string project) => ProjectReference(project);

        internal static IDictionary<string, string>? CheckCustomProperties(IDictionary<string, string>? properties)
        {
            if (properties is null || properties.Count == 0)
                return null;
            if (properties.Count > MaxCustomProperties)
                throw new SpeechInputException("TooManyCustomProperties", $"-CustomProperty has {properties.Count} entries; the service accepts at most {MaxCustomProperties}.", "CustomProperty");
            foreach (var pair in properties)
            {
                if (string.IsNullOrEmpty(pair.Key) || pair.Key.Length > 64)
                    throw new SpeechInputException("InvalidCustomProperty", $"Custom property name '{pair.Key}' must be 1 to 64 characters.", "CustomProperty");
                if (pair.Value is null || pair.Value.Length > 256)
                    throw new SpeechInputException("InvalidCustomProperty", $"Custom property '{pair.Key}' must have a value of at most 256 characters.", "CustomProperty");
            }
            return properties.ToDictionary(p => p.Key, p => p.Value, StringComparer.Ordinal);
        }
    }
}
