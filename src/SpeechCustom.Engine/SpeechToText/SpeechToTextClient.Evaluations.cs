using System;
using System.Threading;
using System.Threading.Tasks;
using SpeechCustom.Engine.Diagnostics;
using SpeechCustom.Engine.Errors;
using SpeechCustom.Engine.Json;
using SpeechCustom.Engine.Models.SpeechToText;
using SpeechCustom.Engine.Paging;
using SpeechCustom.Engine.Validation;

namespace SpeechCustom.Engine.SpeechToText
{
    /// <summary>
    /// Evaluations: two models (custom or base) transcribe an Acoustic dataset, and the service reports each one's word
    /// error rate against the dataset's transcripts.
    /// </summary>
    public sealed partial class SpeechToTextClient
    {
        /// <summary>The checks that need no request; objects passed in are checked for kind and locale too.</summary>
        public void CheckEvaluation(CsrEvaluationRequest request)
        {
            InputRules.NonEmpty(request.DisplayName, "DisplayName", "a name for the evaluation");
            if (request.Locale != null)
                InputRules.LocaleOf(request.Locale, "Locale");
            CheckCustomProperties(request.CustomProperties);
            if (request.Project != null)
                ProjectReferenceOf(request.Project);
            CheckModelReference(request.Model1, "Model1");
            CheckModelReference(request.Model2, "Model2");
            if (request.Dataset is null)
                throw new SpeechInputException("MissingParameter", "-Dataset is empty: give the Acoustic dataset (audio with transcripts) to evaluate on.", "Dataset");
            if (!(request.Dataset is CsrDataset))
                ReferenceIdOf(request.Dataset.ToString(), "datasets", "Dataset", "dataset");
            CheckEvaluationInputs(request.Model1 as SttEntity, request.Model2 as SttEntity, request.Dataset as CsrDataset, request.Locale);
        }

        /// <summary>Reads the models and dataset given by id, checks them, then POST /evaluations.</summary>
        public async Task<CsrEvaluation> CreateEvaluationAsync(CsrEvaluationRequest request, CancellationToken cancellationToken)
        {
            CheckEvaluation(request);
            var model1 = await ResolveAnyModelAsync(request.Model1!, "Model1", cancellationToken).ConfigureAwait(false);
            var model2 = await ResolveAnyModelAsync(request.Model2!, "Model2", cancellationToken).ConfigureAwait(false);
            var dataset = await ResolveDatasetAsync(request.Dataset!, "Dataset", cancellationToken).ConfigureAwait(false);
            var locale = CheckEvaluationInputs(model1, model2, dataset, request.Locale)
                ?? throw new SpeechInputException("MissingParameter", "-Locale is needed: give the evaluation's locale, for example en-US.", "Locale");
            CsrDeprecation.Warn(model1, adaptation: false);
            CsrDeprecation.Warn(model2, adaptation: false);
            var body = new CsrEvaluationDefinition
            {
                Model1 = ReferenceTo(model1),
                Model2 = ReferenceTo(model2),
                Dataset = ReferenceTo(dataset),
                Locale = locale,
                DisplayName = request.DisplayName!,
                Description = InputRules.OptionalText(request.Description),
                Project = request.Project is null ? null : ProjectReferenceOf(request.Project),
                CustomProperties = CheckCustomProperties(request.CustomProperties),
            };
            return await CreateEntityAsync("evaluations", body, CustomSpeechJsonContext.Default.CsrEvaluationDefinition, CustomSpeechJsonContext.Default.CsrEvaluation, cancellationToken).ConfigureAwait(false);
        }

        public async Task<CsrEvaluation> GetEvaluationAsync(string id, CancellationToken cancellationToken)
            => (await GetEntityAsync("evaluations", id, CustomSpeechJsonContext.Default.CsrEvaluation, cancellationToken).ConfigureAwait(false)).Value;

        /// <summary>GET /evaluations, or GET /projects/{id}/evaluations when <paramref name="project"/> is given.</summary>
        public PageStream<CsrEvaluation> ListEvaluations(string? filter, int? skip, int? top, string? project = null)
            => project is null
                ? List("evaluations", filter, skip, top, CustomSpeechJsonContext.Default.SpeechToTextPageCsrEvaluation)
                : ListOfProject(project, "evaluations", filter, skip, top, CustomSpeechJsonContext.Default.SpeechToTextPageCsrEvaluation);

        public CsrEntityUpdate CheckEvaluationUpdate(CsrEntityUpdate update) => CheckEntityUpdate(update);

        public Task<CsrEvaluation> UpdateEvaluationAsync(string id, CsrEntityUpdate update, CancellationToken cancellationToken)
            => UpdateEntityAsync("evaluations", id, CheckEvaluationUpdate(update), CustomSpeechJsonContext.Default.CsrEntityUpdate, CustomSpeechJsonContext.Default.CsrEvaluation, cancellationToken);

        public Task DeleteEvaluationAsync(string id, CancellationToken cancellationToken) => DeleteEntityAsync("evaluations", id, cancellationToken);

        private static void CheckModelReference(object? model, string parameter)
        {
            switch (model)
            {
                case null:
                    throw new SpeechInputException("MissingParameter", $"-{parameter} is empty: give a custom model or a base model to evaluate.", parameter);
                case CsrModel _:
                case CsrBaseModel _:
                    return;
                default:
                    var text = model.ToString();
                    if (Uri.TryCreate(text, UriKind.Absolute, out var uri) && CollectionOf(uri) == "models/base")
                        ReferenceIdOf(text, "models/base", parameter, "base model");
                    else
                        ReferenceIdOf(text, "models", parameter, "model");
                    return;
            }
        }

        /// <summary>
        /// An evaluation transcribes audio: the dataset must be Acoustic (audio with human transcripts: word error rates)
        /// or AudioFiles (audio only: the two models' transcriptions side by side, no word error rates, so a warning says
        /// so); the models and the dataset must share the evaluation's locale. Returns that locale (given, else the
        /// dataset's, else a model's; null when none is known yet).
        /// </summary>
        internal static string? CheckEvaluationInputs(SttEntity? model1, SttEntity? model2, CsrDataset? dataset, string? locale)
        {
            var evaluationLocale = locale ?? dataset?.Locale ?? model1?.Locale ?? model2?.Locale;
            if (string.Equals(dataset?.Kind, "AudioFiles", StringComparison.OrdinalIgnoreCase))
                EngineLog.Warning($"Dataset '{dataset!.DisplayName}' ({dataset.Id}) has audio without transcripts: the evaluation gives both models' transcriptions to compare by ear (Get-CsrEvaluationFile), but no word error rates. Use an Acoustic dataset for word error rates.");
            else if (dataset?.Kind != null && !string.Equals(dataset.Kind, "Acoustic", StringComparison.OrdinalIgnoreCase))
                throw new SpeechInputException("DatasetKindNotSupported",
                    $"Dataset '{dataset.DisplayName}' ({dataset.Id}) is {dataset.Kind} data; an evaluation transcribes audio, so it needs an Acoustic dataset (audio with transcripts: word error rates) or an AudioFiles dataset (audio only: the transcriptions to compare).", "Dataset");
            foreach (var (entity, parameter) in new[] { ((SttEntity?)dataset, "Dataset"), (model1, "Model1"), (model2, "Model2") })
            {
                if (entity?.Locale != null && evaluationLocale != null && !string.Equals(entity.Locale, evaluationLocale, StringComparison.OrdinalIgnoreCase))
                    throw new SpeechInputException("LocaleMismatch",
                        $"-{parameter} '{entity.DisplayName}' ({entity.Id}) is for {entity.Locale}, and the evaluation is for {evaluationLocale}. Evaluate models and data of one locale.", parameter);
            }
            return evaluationLocale;
        }
    }
}
