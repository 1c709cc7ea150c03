using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using Azure.Core;
using SpeechCustom.Engine.Errors;
using SpeechCustom.Engine.Json;
using SpeechCustom.Engine.Models.CustomVoice;
using SpeechCustom.Engine.Paging;
using SpeechCustom.Engine.Validation;

namespace SpeechCustom.Engine.CustomVoice
{
    public sealed partial class CustomVoiceClient
    {
        public static readonly string[] ProjectKinds = { "ProfessionalVoice", "PersonalVoice" };

        /// <summary>Checks a project definition locally and returns the body to send.</summary>
        public static VoiceProject CheckProject(VoiceProject definition) => new VoiceProject
        {
            Id = InputRules.CustomVoiceIdOf(definition.Id, "Id"),
            Kind = InputRules.OneOf(definition.Kind, ProjectKinds, "Kind"),
            Locale = definition.Locale is null ? null : InputRules.LocaleOf(definition.Locale, "Locale"),
            DisplayName = InputRules.OptionalText(definition.DisplayName),
            Description = definition.Description,
        };

        public async Task<VoiceProject> CreateProjectAsync(VoiceProject definition, CancellationToken cancellationToken)
        {
            var body = CheckProject(definition);
            if (body.Locale != null)
                RequireVersion("2026-01-01", "-Locale on a project");
            var result = await caller.SendAsync(RequestMethod.Put, Url("projects/" + Escape(body.Id)), body,
                SpeechJsonContext.Default.VoiceProject, SpeechJsonContext.Default.VoiceProject, null, cancellationToken).ConfigureAwait(false);
            return Stamp(Required(result.Value, "project"));
        }

        public async Task<VoiceProject> GetProjectAsync(string id, CancellationToken cancellationToken)
            => (await GetAsync("projects", InputRules.CustomVoiceIdOf(id, "Id"), SpeechJsonContext.Default.VoiceProject, cancellationToken).ConfigureAwait(false)).Value;

        public PageStream<VoiceProject> ListProjects(string? filter, int? skip, int? maxPageSize)
            => List("projects", filter, skip, maxPageSize, SpeechJsonContext.Default.CustomVoicePageVoiceProject);

        /// <summary>
        /// DELETE /projects/{id}. Consents and training sets go with the project; with models or endpoints in it the service
        /// refuses unless <paramref name="forceDelete"/>, which deletes those too.
        /// </summary>
        public async Task DeleteProjectAsync(string id, bool forceDelete, CancellationToken cancellationToken)
        {
            InputRules.CustomVoiceIdOf(id, "Id");
            try
            {
                await DeleteAsync("projects", id, cancellationToken,
                    forceDelete ? new[] { QueryString.Pair("forceDelete", "true") } : new KeyValuePair<string, string?>[0]).ConfigureAwait(false);
            }
            catch (SpeechServiceException e) when (e.Status == 400 && !forceDelete)
            {
                throw e.WithRecommendedAction(
                    $"The project still has models or endpoints. Remove them first (Get-VoiceEndpoint -ProjectId {id} | Remove-VoiceEndpoint; Get-VoiceModel -ProjectId {id} | Remove-VoiceModel), or run Remove-VoiceProject -Id {id} -Force to delete the project with them.");
            }
        }
    }
}
