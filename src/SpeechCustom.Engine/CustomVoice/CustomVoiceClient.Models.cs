using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using System.Text.RegularExpressions;
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
        /// <summary>The recipe kinds the module knows the rules of (GET /modelrecipes lists what the resource offers).</summary>
        public static readonly string[] RecipeKinds = { "Default", "CrossLingual", "MultiStyle", "HD" };

        private const string HdVoiceSuffix = ":DragonHDLatestNeural";
        private const int MaxCustomStyles = 5;
        private static readonly Regex VoiceName = new Regex(@"^[A-Za-z][A-Za-z0-9]*(:DragonHDLatest)?Neural$", RegexOptions.CultureInvariant);

        /// <summary>
        /// Checks a model definition against the recipes' rules before training starts (hours of work a typo would waste):
        /// the voice name ends with Neural (HD: ':DragonHDLatestNeural'); CrossLingual and MultiStyle name the target
        /// locale; MultiStyle needs preset styles and/or style training sets (at most 5 custom styles); styles belong to MultiStyle only.
        /// </summary>
        public static VoiceModel CheckModel(VoiceModel definition)
        {
            var kind = InputRules.OneOf(definition.Recipe?.Kind, RecipeKinds, "Recipe");
            var voiceName = InputRules.NonEmpty(definition.VoiceName, "VoiceName", "the voice name to use in SSML, such as JessicaNeural");
            if (kind == "HD" && !voiceName.EndsWith(HdVoiceSuffix, StringComparison.Ordinal))
                throw new SpeechInputException("InvalidVoiceName", $"An HD voice's name must end with '{HdVoiceSuffix}', for example Jessica{HdVoiceSuffix}; not '{voiceName}'.", "VoiceName");
            if (kind != "HD" && voiceName.EndsWith(HdVoiceSuffix, StringComparison.Ordinal))
                throw new SpeechInputException("InvalidVoiceName", $"'{voiceName}' is an HD voice name; use -Recipe HD, or a name such as JessicaNeural.", "VoiceName");
            if (!VoiceName.IsMatch(voiceName))
                throw new SpeechInputException("InvalidVoiceName", $"'{voiceName}' is not a valid voice name: use letters and digits, starting with a letter and ending with 'Neural' (for example JessicaNeural).", "VoiceName");

            var properties = definition.Properties;
            var presets = properties?.PresetStyles?.Where(p => !string.IsNullOrWhiteSpace(p)).ToList();
            var styleSets = properties?.StyleTrainingSetIds;
            var hasStyles = (presets?.Count ?? 0) > 0 || (styleSets?.Count ?? 0) > 0;
            if (kind != "MultiStyle" && hasStyles)
                throw new SpeechInputException("StylesNeedMultiStyle", "-PresetStyle and -StyleTrainingSet apply to the MultiStyle recipe only; add -Recipe MultiStyle or leave them out.", "Recipe");
            if ((kind == "CrossLingual" || kind == "MultiStyle") && string.IsNullOrEmpty(definition.Locale))
                throw new SpeechInputException("MissingLocale", $"The {kind} recipe needs -Locale: the language the voice will speak (for example en-US).", "Locale");
            if (kind == "MultiStyle" && !hasStyles)
                throw new SpeechInputException("MissingStyles", "The MultiStyle recipe needs -PresetStyle (for example cheerful, sad) and/or -StyleTrainingSet @{ style = 'training-set-id' }.", "PresetStyle");
            if (styleSets != null && styleSets.Count > MaxCustomStyles)
                throw new SpeechInputException("TooManyStyles", $"-StyleTrainingSet has {styleSets.Count} custom styles; MultiStyle takes at most {MaxCustomStyles}.", "StyleTrainingSet");

            return new VoiceModel
            {
                Id = InputRules.CustomVoiceIdOf(definition.Id, "Id"),
                ProjectId = InputRules.CustomVoiceIdOf(definition.ProjectId, "ProjectId"),
                ConsentId = InputRules.CustomVoiceIdOf(definition.ConsentId, "ConsentId"),
                TrainingSetId = InputRules.CustomVoiceIdOf(definition.TrainingSetId, "TrainingSetId"),
                VoiceName = voiceName,
                Description = definition.Description,
                Locale = definition.Locale is null ? null : InputRules.LocaleOf(definition.Locale, "Locale"),
                Recipe = new VoiceModelRecipe { Kind = kind, Version = definition.Recipe?.Version },
                Properties = hasStyles ? new VoiceModelProperties
                {
                    PresetStyles = presets?.Count > 0 ? presets : null,
                    StyleTrainingSetIds = styleSets?.Count > 0
                        ? styleSets.ToDictionary(p => InputRules.NonEmpty(p.Key, "StyleTrainingSet", "a style name"), p => InputRules.CustomVoiceIdOf(p.Value, "StyleTrainingSet"), StringComparer.Ordinal)
                        : null,
                } : null,
            };
        }

        /// <summary>PUT /models/{id}: starts training (long-running; hours on the service).</summary>
        public async Task<VoiceModel> CreateModelAsync(VoiceModel definition, string? operationId, CancellationToken cancellationToken)
        {
            var body = CheckModel(definition);
            var opId = OperationIdOrNew(operationId);
            var result = await caller.SendAsync(RequestMethod.Put, Url("models/" + Escape(body.Id)), body,
                SpeechJsonContext.Default.VoiceModel, SpeechJsonContext.Default.VoiceModel, OperationHeader(opId), cancellationToken).ConfigureAwait(false);
            var model = Stamp(Required(result.Value, "model"));
            model.OperationId = result.Header(Http.RequestIdempotency.OperationIdHeader) ?? opId;
            return model;
        }

        public async Task<VoiceModel> GetModelAsync(string id, CancellationToken cancellationToken)
            => (await GetAsync("models", InputRules.CustomVoiceIdOf(id, "Id"), SpeechJsonContext.Default.VoiceModel, cancellationToken).ConfigureAwait(false)).Value;

        public PageStream<VoiceModel> ListModels(string? filter, int? skip, int? maxPageSize)
            => List("models", filter, skip, maxPageSize, SpeechJsonContext.Default.CustomVoicePageVoiceModel);

        public Task DeleteModelAsync(string id, CancellationToken cancellationToken)
            => DeleteAsync("models", InputRules.CustomVoiceIdOf(id, "Id"), cancellationToken);

        /// <summary>GET /modelrecipes. 2026-01-01 answers {"value":[...]}; older versions declare a bare array: both are read.</summary>
        public async Task<IReadOnlyList<VoiceModelRecipe>> ListRecipesAsync(CancellationToken cancellationToken)
            => await ReadCatalogAsync("modelrecipes", SpeechJsonContext.Default.CustomVoicePageVoiceModelRecipe, SpeechJsonContext.Default.ListVoiceModelRecipe, cancellationToken).ConfigureAwait(false);

        /// <summary>GET /basemodels, in either shape (see <see cref="ListRecipesAsync"/>).</summary>
        public async Task<IReadOnlyList<VoiceBaseModel>> ListBaseModelsAsync(CancellationToken cancellationToken)
            => await ReadCatalogAsync("basemodels", SpeechJsonContext.Default.CustomVoicePageVoiceBaseModel, SpeechJsonContext.Default.ListVoiceBaseModel, cancellationToken).ConfigureAwait(false);

        private async Task<IReadOnlyList<T>> ReadCatalogAsync<T>(string path, System.Text.Json.Serialization.Metadata.JsonTypeInfo<CustomVoicePage<T>> pageType,
            System.Text.Json.Serialization.Metadata.JsonTypeInfo<List<T>> arrayType, CancellationToken cancellationToken)
        {
            var result = await caller.SendAsync<object, VoiceOperation>(RequestMethod.Get, Url(path), null, null, null, null, cancellationToken).ConfigureAwait(false);
            var bytes = result.Body?.ToMemory() ?? ReadOnlyMemory<byte>.Empty;
            if (bytes.Length == 0)
                return new List<T>();
            var trimmed = System.Text.Encoding.UTF8.GetString(bytes.ToArray()).TrimStart();
            return trimmed.StartsWith("[", StringComparison.Ordinal)
                ? JsonSerializer.Deserialize(bytes.Span, arrayType) ?? new List<T>()
                : JsonSerializer.Deserialize(bytes.Span, pageType)?.Value ?? new List<T>();
        }
    }
}
