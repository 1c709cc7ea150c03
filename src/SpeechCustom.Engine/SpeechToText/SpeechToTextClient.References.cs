using System;
using System.Threading;
using System.Threading.Tasks;
using SpeechCustom.Engine.Errors;
using SpeechCustom.Engine.Json;
using SpeechCustom.Engine.Models.SpeechToText;
using SpeechCustom.Engine.Validation;

namespace SpeechCustom.Engine.SpeechToText
{
    /// <summary>
    /// Turns what a user passes for a reference (an object read earlier, an id, a URL) into the entity, reading it only
    /// when it was not passed as an object, so its kind and locale can be checked before anything is created.
    /// </summary>
    public sealed partial class SpeechToTextClient
    {
        /// <summary>The GUID in an id or in a URL of <paramref name="collection"/> (…/datasets/{id}, …/models/base/{id}); fails naming the parameter.</summary>
        public static string ReferenceIdOf(string value, string collection, string parameter, string what)
        {
            if (Uri.TryCreate(value, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp))
            {
                if (CollectionOf(uri) != collection)
                    throw new SpeechInputException("InvalidReference", $"'{value}' is not the URL of a {what} (…/{collection}/<id>); pass a {what} object, its id or its Self URL to -{parameter}.", parameter);
                return InputRules.GuidOf(EntityId.FromSelf(value), parameter);
            }
            return InputRules.GuidOf(value, parameter);
        }

        /// <summary>datasets, models, models/base, evaluations, projects, ... for an entity URL; null when it names none.</summary>
        internal static string? CollectionOf(Uri url)
        {
            var segments = url.AbsolutePath.TrimEnd('/').Split('/');
            if (segments.Length < 3)
                return null;
            var parent = segments[segments.Length - 2];
            return parent == "base" && segments[segments.Length - 3] == "models" ? "models/base" : parent;
        }

        internal async Task<CsrBaseModel> ResolveBaseModelAsync(object reference, string parameter, CancellationToken cancellationToken)
        {
            switch (reference)
            {
                case CsrBaseModel model:
                    return model;
                case CsrModel custom:
                    throw NotABaseModel(custom, parameter);
                default:
                    var id = ReferenceIdOf(reference.ToString(), "models/base", parameter, "base model");
                    return (await GetEntityAsync("models/base", id, CustomSpeechJsonContext.Default.CsrBaseModel, cancellationToken).ConfigureAwait(false)).Value;
            }
        }

        internal async Task<CsrDataset> ResolveDatasetAsync(object reference, string parameter, CancellationToken cancellationToken)
        {
            if (reference is CsrDataset dataset)
                return dataset;
            var id = ReferenceIdOf(reference.ToString(), "datasets", parameter, "dataset");
            return (await GetEntityAsync("datasets", id, SpeechJsonContext.Default.CsrDataset, cancellationToken).ConfigureAwait(false)).Value;
        }

        /// <summary>A custom or base model. A bare id is looked up among the custom models first, then among the base models.</summary>
        internal async Task<SttEntity> ResolveAnyModelAsync(object reference, string parameter, CancellationToken cancellationToken)
        {
            if (reference is CsrModel || reference is CsrBaseModel)
                return (SttEntity)reference;
            var text = reference.ToString();
            if (Uri.TryCreate(text, UriKind.Absolute, out var uri) && CollectionOf(uri) == "models/base")
                return await ResolveBaseModelAsync(text, parameter, cancellationToken).ConfigureAwait(false);
            var id = ReferenceIdOf(text, "models", parameter, "model");
            try
            {
                return (await GetEntityAsync("models", id, CustomSpeechJsonContext.Default.CsrModel, cancellationToken).ConfigureAwait(false)).Value;
            }
            catch (SpeechServiceException e) when (e.Status == 404)
            {
                try
                {
                    return (await GetEntityAsync("models/base", id, CustomSpeechJsonContext.Default.CsrBaseModel, cancellationToken).ConfigureAwait(false)).Value;
                }
                catch (SpeechServiceException notBase) when (notBase.Status == 404)
                {
                    throw new SpeechException("ModelNotFound", $"No custom model or base model has the id '{id}' (-{parameter}).", SpeechErrorCategory.ObjectNotFound, id,
                        "Check the id with Get-CsrModel or Get-CsrBaseModel.", e);
                }
            }
        }

        /// <summary>The reference to send for an entity: its URL in this connection's form (a URL of another version is rebuilt from its id).</summary>
        internal EntityReference ReferenceTo(SttEntity entity) => new EntityReference(EntityUrl(entity.Collection, entity.Id!));

        private static SpeechInputException NotABaseModel(CsrModel model, string parameter)
            => new SpeechInputException("NotABaseModel",
                $"'{model.DisplayName}' ({model.Id}) is a custom model; -{parameter} takes a base model. Use its base model ({model.BaseModel?.Id}) or another one from Get-CsrBaseModel.", parameter);
    }
}
