using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using SpeechCustom.Engine.Errors;
using SpeechCustom.Engine.Json;
using SpeechCustom.Engine.Models.SpeechToText;
using SpeechCustom.Engine.Validation;

namespace SpeechCustom.Engine.SpeechToText
{
    /// <summary>
    /// Training a custom model. Hours of training should not start on input the service would reject or that cannot
    /// help, so before POST /models every dataset must be of a kind the base model adapts with and of the model's locale,
    /// and -Text must be allowed by the version.
    /// </summary>
    public sealed partial class SpeechToTextClient
    {
        /// <summary>Models_Create: "text" up to 500 KB (S0).</summary>
        private const int MaxAdaptationTextBytes = 500 * 1024;

        /// <summary>
        /// The checks that need no request: names, locale, limits, version features, and whatever the objects passed in
        /// (base model, datasets) already tell. Ids and URLs are checked by <see cref="CreateModelAsync"/> once read.
        /// </summary>
        public void CheckModel(CsrModelRequest request)
        {
            InputRules.NonEmpty(request.DisplayName, "DisplayName", "a name for the model");
            if (request.Locale != null)
                InputRules.LocaleOf(request.Locale, "Locale");
            CheckCustomProperties(request.CustomProperties);
            if (request.CustomModelWeightPercent is int weight && (weight < 1 || weight > 100))
                throw new SpeechInputException("InvalidValue", $"-CustomModelWeightPercent is {weight}; it must be 1 to 100 (leave it out to let the service choose).", "CustomModelWeightPercent");
            if (request.Text != null)
            {
                RequireVersions("-Text (adaptation text)", "v3.2");
                if (Encoding.UTF8.GetByteCount(request.Text) > MaxAdaptationTextBytes)
                    throw new SpeechInputException("TextTooLong", $"-Text is {Encoding.UTF8.GetByteCount(request.Text) / 1024} KB; the service takes at most 500 KB. Put the text in a Language dataset instead.", "Text");
            }
            if (request.Project != null)
                ProjectReferenceOf(request.Project);
            if (request.BaseModel is null)
                throw new SpeechInputException("MissingParameter", "-BaseModel is empty: give the base model to adapt (Get-CsrBaseModel -Latest -Locale en-US).", "BaseModel");
            if (request.Datasets.Count == 0 && request.Text is null)
                throw new SpeechInputException("MissingParameter", "Give at least one dataset (-Dataset) to adapt the base model with.", "Dataset");

            var baseModel = request.BaseModel switch
            {
                CsrBaseModel b => b,
                CsrModel custom => throw NotABaseModel(custom, "BaseModel"),
                _ => null,
            };
            if (baseModel is null)
                ReferenceIdOf(request.BaseModel.ToString(), "models/base", "BaseModel", "base model");
            foreach (var dataset in request.Datasets.Where(d => !(d is CsrDataset)))
                ReferenceIdOf(dataset?.ToString() ?? string.Empty, "datasets", "Dataset", "dataset");
            CheckAdaptation(baseModel, request.Datasets.OfType<CsrDataset>().ToList(), request.Locale);
        }

        /// <summary>Reads the base model and datasets given by id, checks them, then POST /models; returns the model (training).</summary>
        public async Task<CsrModel> CreateModelAsync(CsrModelRequest request, CancellationToken cancellationToken)
        {
            CheckModel(request);
            var baseModel = await ResolveBaseModelAsync(request.BaseModel!, "BaseModel", cancellationToken).ConfigureAwait(false);
            var datasets = new List<CsrDataset>();
            foreach (var reference in request.Datasets)
                datasets.Add(await ResolveDatasetAsync(reference, "Dataset", cancellationToken).ConfigureAwait(false));
            var locale = CheckAdaptation(baseModel, datasets, request.Locale)
                ?? throw new SpeechInputException("MissingParameter", "-Locale is needed: give the model's locale, for example en-US.", "Locale");
            CsrDeprecation.Warn(baseModel, adaptation: true, transcription: false);

            var body = new CsrModelDefinition
            {
                BaseModel = ReferenceTo(baseModel),
                Datasets = datasets.Select(ReferenceTo).ToList(),
                Locale = locale,
                DisplayName = request.DisplayName!,
                Description = InputRules.OptionalText(request.Description),
                Text = request.Text,
                Project = request.Project is null ? null : ProjectReferenceOf(request.Project),
                CustomProperties = CheckCustomProperties(request.CustomProperties),
                Properties = request.CustomModelWeightPercent is null ? null : new CsrModelDefinitionProperties { CustomModelWeightPercent = request.CustomModelWeightPercent },
            };
            return await CreateEntityAsync("models", body, CustomSpeechJsonContext.Default.CsrModelDefinition, CustomSpeechJsonContext.Default.CsrModel, cancellationToken).ConfigureAwait(false);
        }

        /// <summary>
        /// The datasets must be of kinds the base model adapts with, and everything of one locale. Returns the model's
        /// locale (the one given, else the base model's, else the datasets'; null when none is known yet). What is not
        /// known yet is not checked.
        /// </summary>
        internal static string? CheckAdaptation(CsrBaseModel? baseModel, IReadOnlyList<CsrDataset> datasets, string? locale)
        {
            var modelLocale = locale ?? baseModel?.Locale ?? datasets.Select(d => d.Locale).FirstOrDefault(l => l != null);
            if (baseModel != null && modelLocale != null && !SameLocale(baseModel.Locale, modelLocale))
                throw new SpeechInputException("LocaleMismatch",
                    $"The base model '{baseModel.DisplayName}' is for {baseModel.Locale}, not {modelLocale}. Choose a base model of {modelLocale} (Get-CsrBaseModel -Locale {modelLocale}).", "BaseModel");
            var kinds = baseModel?.Properties?.Features?.SupportsAdaptationsWith;
            if (baseModel != null && kinds != null && kinds.Count == 0)
                throw new SpeechInputException("BaseModelNotAdaptable", $"The base model '{baseModel.DisplayName}' ({baseModel.Id}) cannot be adapted; choose another one (Get-CsrBaseModel -Locale {baseModel.Locale}).", "BaseModel");
            foreach (var dataset in datasets)
            {
                if (kinds != null && dataset.Kind != null && !kinds.Contains(dataset.Kind, StringComparer.OrdinalIgnoreCase))
                    throw new SpeechInputException("DatasetKindNotSupported",
                        $"Dataset '{dataset.DisplayName}' ({dataset.Id}) is {dataset.Kind} data, and the base model '{baseModel!.DisplayName}' adapts only with {string.Join(", ", kinds)}. Leave the dataset out or choose another base model.", "Dataset");
                if (modelLocale != null && dataset.Locale != null && !SameLocale(dataset.Locale, modelLocale))
                    throw new SpeechInputException("LocaleMismatch",
                        $"Dataset '{dataset.DisplayName}' ({dataset.Id}) is {dataset.Locale} data; the model is for {modelLocale}. Use datasets of {modelLocale}.", "Dataset");
                if (Operations.StatusNames.IsFailed(dataset.Status))
                    throw new SpeechInputException("DatasetFailed",
                        $"Dataset '{dataset.DisplayName}' ({dataset.Id}) failed to import ({dataset.Properties?.Error?.Message ?? "no reason given"}); it cannot train a model. Fix the data and create the dataset again.", "Dataset");
            }
            return modelLocale;
        }

        private static bool SameLocale(string? a, string? b) => string.Equals(a, b, StringComparison.OrdinalIgnoreCase);
    }
}
