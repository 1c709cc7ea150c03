using SpeechCustom.Engine.Errors;
using SpeechCustom.Engine.Models.SpeechToText;

namespace SpeechCustom.Engine.SpeechToText
{
    /// <summary>Input checks shared by endpoints, transcriptions and fast transcription: references by id or URL, v3.x-only options.</summary>
    public sealed partial class SpeechToTextClient
    {
        /// <summary>
        /// A custom model (id, URL or a piped model's Self) or a base model (URL or piped object). A bare id is checked as a
        /// GUID here and taken as a custom model until <see cref="ResolveModelReferenceAsync"/> looks it up. URLs of another
        /// kind of entity fail before anything is sent; URLs are rebuilt in this connection's form.
        /// </summary>
        public EntityReference ModelReferenceOf(string idOrUrl, string parameter = "Model")
        {
            if (System.Uri.TryCreate(idOrUrl, System.UriKind.Absolute, out var uri) && CollectionOf(uri) == "models/base")
                return new EntityReference(EntityUrl("models/base", ReferenceIdOf(idOrUrl, "models/base", parameter, "base model")));
            return new EntityReference(EntityUrl("models", ReferenceIdOf(idOrUrl, "models", parameter, "model")));
        }

        /// <summary>
        /// Custom and base models both have GUID ids, and the reference must name the right collection: a bare id is read
        /// as a custom model first, then as a base model (one or two GETs, only for bare ids); URLs and objects need no request.
        /// </summary>
        internal async System.Threading.Tasks.Task<EntityReference> ResolveModelReferenceAsync(string idOrUrl, string parameter, System.Threading.CancellationToken cancellationToken)
        {
            if (System.Uri.TryCreate(idOrUrl, System.UriKind.Absolute, out _))
                return ModelReferenceOf(idOrUrl, parameter);
            var model = await ResolveAnyModelAsync(idOrUrl, parameter, cancellationToken).ConfigureAwait(false);
            return new EntityReference(EntityUrl(model is CsrBaseModel ? "models/base" : "models", model.Id!));
        }

        public EntityReference DatasetReferenceOf(string idOrUrl, string parameter = "Dataset")
            => new EntityReference(EntityUrl("datasets", ReferenceIdOf(idOrUrl, "datasets", parameter, "dataset")));

        /// <summary>Fails before sending when an option exists only on v3.x (removed in 2024-11-15).</summary>
        internal void RequireV3Option(bool given, string parameter, string what)
        {
            if (given && !IsPathVersioned)
                throw new SpeechInputException("NotSupportedByApiVersion",
                    $"-{parameter} ({what}) was removed from the speech to text API in 2024-11-15, and this connection uses {ApiVersion}. Leave it out, or connect with -SpeechToTextApiVersion v3.2.",
                    parameter);
        }

        /// <summary>A project reference checked for the version (none on 2024-11-15), or null when none was given.</summary>
        internal EntityReference? ProjectReferenceOrNull(string? project) => string.IsNullOrEmpty(project) ? null : ProjectReference(project!);
    }
}
