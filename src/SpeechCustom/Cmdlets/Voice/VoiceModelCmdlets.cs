using System.Collections;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using SpeechCustom.Engine.CustomVoice;
using SpeechCustom.Engine.Models.CustomVoice;
using SpeechCustom.Engine.Validation;
using SpeechCustom.Infrastructure;

namespace SpeechCustom.Cmdlets.Voice
{
    /// <summary>
    /// <para type="synopsis">Gets the training recipes the Speech resource offers and what each needs.</para>
    /// </summary>
    [Cmdlet(VerbsCommon.Get, "VoiceModelRecipe")]
    [OutputType(typeof(VoiceModelRecipe))]
    public sealed class GetVoiceModelRecipeCmdlet : SpeechServiceCmdlet
    {
        [Parameter(Position = 0)]
        [ArgumentCompleter(typeof(RecipeKindCompleter))]
        [SupportsWildcards]
        public string? Kind { get; set; }

        protected override void ProcessRecord()
        {
            WildcardPattern? pattern = null;
            if (!Checked(() => pattern = CatalogFilter.Pattern(Kind, "Kind"), Kind))
                return;
            var context = ResolveContext();
            Run(async ct =>
            {
                foreach (var recipe in await context.CustomVoice.ListRecipesAsync(ct).ConfigureAwait(false))
                {
                    if (pattern!.IsMatch(recipe.Kind ?? string.Empty))
                        Emit(recipe);
                }
            });
        }
    }

    /// <summary>
    /// <para type="synopsis">Gets the base models personal voices are built on.</para>
    /// </summary>
    [Cmdlet(VerbsCommon.Get, "VoiceBaseModel")]
    [OutputType(typeof(VoiceBaseModel))]
    public sealed class GetVoiceBaseModelCmdlet : SpeechServiceCmdlet
    {
        [Parameter(Position = 0)]
        [SupportsWildcards]
        public string? Name { get; set; }

        protected override void ProcessRecord()
        {
            WildcardPattern? pattern = null;
            if (!Checked(() => pattern = CatalogFilter.Pattern(Name, "Name"), Name))
                return;
            var context = ResolveContext();
            Run(async ct =>
            {
                foreach (var model in await context.CustomVoice.ListBaseModelsAsync(ct).ConfigureAwait(false))
                {
                    if (pattern!.IsMatch(model.Name ?? string.Empty))
                        Emit(model);
                }
            });
        }
    }

    /// <summary>The catalogues are filtered here, not by the service: a malformed wildcard fails before any request.</summary>
    internal static class CatalogFilter
    {
        public static WildcardPattern Pattern(string? text, string parameter)
        {
            var pattern = new WildcardPattern(string.IsNullOrEmpty(text) ? "*" : text, WildcardOptions.IgnoreCase);
            try
            {
                pattern.IsMatch(string.Empty);
            }
            catch (WildcardPatternException e)
            {
                throw new Engine.Errors.SpeechInputException("InvalidWildcard",
                    $"-{parameter} '{text}' is not a valid wildcard pattern ({e.Message}). Escape [ and ] with a backtick, or leave them out.", parameter);
            }
            return pattern;
        }
    }

    /// <summary>
    /// <para type="synopsis">Trains a professional voice model from a training set.</para>
    /// </summary>
    [Cmdlet(VerbsCommon.New, "VoiceModel", SupportsShouldProcess = true)]
    [OutputType(typeof(VoiceModel))]
    public sealed class NewVoiceModelCmdlet : VoiceCreateCmdlet
    {
        [Parameter(Mandatory = true, Position = 0)]
        [ValidateNotNullOrEmpty]
        public string Id { get; set; } = string.Empty;

        [Parameter(Mandatory = true, ValueFromPipelineByPropertyName = true)]
        [ArgumentCompleter(typeof(VoiceProjectIdCompleter))]
        [ValidateNotNullOrEmpty]
        public string ProjectId { get; set; } = string.Empty;

        [Parameter(Mandatory = true, ValueFromPipelineByPropertyName = true)]
        [ArgumentCompleter(typeof(VoiceConsentIdCompleter))]
        [ValidateNotNullOrEmpty]
        public string ConsentId { get; set; } = string.Empty;

        [Parameter(Mandatory = true, ValueFromPipelineByPropertyName = true)]
        [ArgumentCompleter(typeof(TrainingSetIdCompleter))]
        [ValidateNotNullOrEmpty]
        public string TrainingSetId { get; set; } = string.Empty;

        [Parameter(Mandatory = true)]
        [ValidateNotNullOrEmpty]
        public string VoiceName { get; set; } = string.Empty;

        [Parameter]
        [ArgumentCompleter(typeof(RecipeKindCompleter))]
        public string Recipe { get; set; } = "Default";

        [Parameter]
        public string? RecipeVersion { get; set; }

        /// <summary>The locale the voice speaks (CrossLingual, MultiStyle). Not taken from the pipeline: a consent's locale is the talent's language.</summary>
        [Parameter]
        public string? Locale { get; set; }

        [Parameter]
        public string[]? PresetStyle { get; set; }

        [Parameter]
        public Hashtable? StyleTrainingSet { get; set; }

        [Parameter]
        public string? Description { get; set; }

        [Parameter]
        public string? OperationId { get; set; }

        protected override void ProcessRecord()
        {
            var definition = new VoiceModel
            {
                Id = Id, ProjectId = ProjectId, ConsentId = ConsentId, TrainingSetId = TrainingSetId, VoiceName = VoiceName,
                Recipe = new VoiceModelRecipe { Kind = Recipe, Version = RecipeVersion }, Locale = Locale, Description = Description,
                Properties = new VoiceModelProperties { PresetStyles = PresetStyle?.ToList(), StyleTrainingSetIds = ToMap(StyleTrainingSet) },
            };
            VoiceModel? body = null;
            if (!Checked(() => { body = CustomVoiceClient.CheckModel(definition); CustomVoiceClient.OperationIdOrNew(OperationId); }, Id))
                return;
            var context = ResolveContext();
            CreateOrReuse(context, "model", Id, body!, $"Train {body!.Recipe!.Kind} voice '{VoiceName}' from training set '{TrainingSetId}'",
                async ct => await CustomVoiceClient.TryGetAsync(() => context.CustomVoice.GetModelAsync(Id, ct)).ConfigureAwait(false),
                async ct => await context.CustomVoice.CreateModelAsync(body!, OperationId, ct).ConfigureAwait(false));
        }

        private static IDictionary<string, string>? ToMap(Hashtable? table)
            => table?.Cast<DictionaryEntry>().ToDictionary(e => e.Key?.ToString() ?? string.Empty, e => e.Value?.ToString() ?? string.Empty);
    }

    /// <summary>
    /// <para type="synopsis">Gets voice models: by id, or a filtered list read page by page.</para>
    /// </summary>
    [Cmdlet(VerbsCommon.Get, "VoiceModel", DefaultParameterSetName = "List", SupportsPaging = true)]
    [OutputType(typeof(VoiceModel))]
    public sealed class GetVoiceModelCmdlet : SpeechServiceCmdlet
    {
        [Parameter(Mandatory = true, Position = 0, ParameterSetName = "Id", ValueFromPipeline = true)]
        [ResourceIdTransformation("VoiceModel")]
        [Alias("ModelId")]
        [ArgumentCompleter(typeof(VoiceModelIdCompleter))]
        [ValidateNotNullOrEmpty]
        public string[] Id { get; set; } = new string[0];

        [Parameter(ParameterSetName = "List")]
        [ArgumentCompleter(typeof(VoiceProjectIdCompleter))]
        public string? ProjectId { get; set; }

        [Parameter(ParameterSetName = "List")]
        public string? Locale { get; set; }

        [Parameter(ParameterSetName = "List")]
        public string? Filter { get; set; }

        protected override void ProcessRecord()
        {
            if (ParameterSetName == "Id")
            {
                this.GetEach(Id, id => InputRules.CustomVoiceIdOf(id, "Id"), (c, id, ct) => c.CustomVoice.GetModelAsync(id, ct));
                return;
            }
            this.WriteList(() => VoiceFilters.Build(ProjectId, Locale, Filter), (c, filter, skip) => c.CustomVoice.ListModels(filter, skip, null));
        }
    }

    /// <summary>
    /// <para type="synopsis">Deletes voice models.</para>
    /// </summary>
    [Cmdlet(VerbsCommon.Remove, "VoiceModel", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.High)]
    [OutputType(typeof(void))]
    public sealed class RemoveVoiceModelCmdlet : SpeechServiceCmdlet
    {
        [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true)]
        [ResourceIdTransformation("VoiceModel")]
        [Alias("ModelId")]
        [ArgumentCompleter(typeof(VoiceModelIdCompleter))]
        [ValidateNotNullOrEmpty]
        public string[] Id { get; set; } = new string[0];

        [Parameter]
        public SwitchParameter Force { get; set; }

        protected override void ProcessRecord()
            => this.RemoveEach(Id, "model", Force, id => InputRules.CustomVoiceIdOf(id, "Id"), (c, id, ct) => c.CustomVoice.DeleteModelAsync(id, ct));
    }
}
