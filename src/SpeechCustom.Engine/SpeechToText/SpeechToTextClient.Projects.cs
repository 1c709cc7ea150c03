using System.Threading;
using System.Threading.Tasks;
using SpeechCustom.Engine.Json;
using SpeechCustom.Engine.Models.SpeechToText;
using SpeechCustom.Engine.Paging;
using SpeechCustom.Engine.Validation;

namespace SpeechCustom.Engine.SpeechToText
{
    /// <summary>Projects (v3.x and 2025-10-15): every call fails before sending on 2024-11-15, which has none.</summary>
    public sealed partial class SpeechToTextClient
    {
        /// <summary>The checks that do not depend on the API version (no connection needed).</summary>
        public static CsrProjectDefinition CheckProjectDefinition(CsrProjectDefinition definition) => new CsrProjectDefinition
        {
            DisplayName = InputRules.NonEmpty(definition.DisplayName, "DisplayName", "a name for the project"),
            Locale = InputRules.LocaleOf(definition.Locale, "Locale"),
            Description = InputRules.OptionalText(definition.Description),
            FoundryProjectName = InputRules.OptionalText(definition.FoundryProjectName),
            CustomProperties = CheckCustomProperties(definition.CustomProperties),
        };

        /// <summary>Checks a project definition for this connection's version and returns the body to send.</summary>
        public CsrProjectDefinition CheckProject(CsrProjectDefinition definition)
        {
            RequireProjects("New-CsrProject");
            var body = CheckProjectDefinition(definition);
            if (body.FoundryProjectName != null)
                RequireVersions("-FoundryProjectName", "2025-10-15");
            return body;
        }

        public Task<CsrProject> CreateProjectAsync(CsrProjectDefinition definition, CancellationToken cancellationToken)
        {
            var body = CheckProject(definition);
            return CreateEntityAsync("projects", body, CustomSpeechJsonContext.Default.CsrProjectDefinition, CustomSpeechJsonContext.Default.CsrProject, cancellationToken);
        }

        public async Task<CsrProject> GetProjectAsync(string id, CancellationToken cancellationToken)
        {
            RequireProjects("Get-CsrProject");
            return (await GetEntityAsync("projects", id, CustomSpeechJsonContext.Default.CsrProject, cancellationToken).ConfigureAwait(false)).Value;
        }

        public PageStream<CsrProject> ListProjects(string? filter, int? skip, int? top)
        {
            RequireProjects("Get-CsrProject");
            return List("projects", filter, skip, top, CustomSpeechJsonContext.Default.SpeechToTextPageCsrProject);
        }

        /// <summary>Checks a project update (PATCH) for this connection's version; nothing is sent.</summary>
        public CsrEntityUpdate CheckProjectUpdate(CsrEntityUpdate update)
        {
            RequireProjects("Set-CsrProject");
            if (update.Project != null)
                throw new Errors.SpeechInputException("InvalidParameter", "A project cannot belong to another project.", "Project");
            if (update.FoundryProjectName != null)
                RequireVersions("-FoundryProjectName", "2025-10-15");
            return CheckUpdate(update);
        }

        public Task<CsrProject> UpdateProjectAsync(string id, CsrEntityUpdate update, CancellationToken cancellationToken)
            => UpdateEntityAsync("projects", id, CheckProjectUpdate(update), CustomSpeechJsonContext.Default.CsrEntityUpdate, CustomSpeechJsonContext.Default.CsrProject, cancellationToken);

        /// <summary>DELETE /projects/{id}: the project only; what is in it stays (and no longer belongs to a project).</summary>
        public Task DeleteProjectAsync(string id, CancellationToken cancellationToken)
        {
            RequireProjects("Remove-CsrProject");
            return DeleteEntityAsync("projects", id, cancellationToken);
        }

        /// <summary>GET /projects/{id}/{datasets|models|evaluations|...}: the entities of one project, page by page.</summary>
        internal PageStream<T> ListOfProject<T>(string project, string collection, string? filter, int? skip, int? top, System.Text.Json.Serialization.Metadata.JsonTypeInfo<SpeechToTextPage<T>> pageType)
            where T : Models.ServiceObject
        {
            var id = ProjectIdOf(project);
            return List($"projects/{id}/{collection}", filter, skip, top, pageType);
        }

        /// <summary>The GUID of a project given as an id, a URL or a project object's Self (after checking the version has projects).</summary>
        public string ProjectIdOf(string project)
            => EntityId.FromSelf(ProjectReference(project).Self) ?? project;

        /// <summary>Checks an update: something to change, a non-empty name when given, custom property limits, a project reference.</summary>
        internal static CsrEntityUpdate CheckUpdate(CsrEntityUpdate update)
        {
            if (update.IsEmpty)
                throw new Errors.SpeechInputException("NothingToUpdate", "Nothing to change: give -DisplayName, -Description, -CustomProperty or another property to set.", "DisplayName");
            if (update.DisplayName != null)
                InputRules.NonEmpty(update.DisplayName, "DisplayName", "a new name, or leave -DisplayName out");
            update.CustomProperties = update.CustomProperties is null ? null : CheckCustomProperties(update.CustomProperties) ?? new System.Collections.Generic.Dictionary<string, string>();
            return update;
        }
    }
}
