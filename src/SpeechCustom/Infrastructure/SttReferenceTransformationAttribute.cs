using System.Linq;
using System.Management.Automation;

namespace SpeechCustom.Infrastructure
{
    /// <summary>
    /// Lets a parameter that refers to other speech-to-text entities (-BaseModel, -Dataset, -Model1, -Project) take the
    /// objects themselves, their ids or their URLs. Live objects of the accepted kinds are kept as they are, so the engine
    /// can check their kind and locale without reading them again; references ({self: ...}, such as a dataset's Project)
    /// and deserialized objects become their URL; objects of another kind of this module are refused, naming what fits.
    /// </summary>
    public sealed class SttReferenceTransformationAttribute : KindTransformationAttribute
    {
        public SttReferenceTransformationAttribute(params string[] typeNames)
            : base(typeNames)
        {
        }

        /// <summary>Added to the refusal of an object of another kind: what to do with it instead.</summary>
        public string? Hint { get; set; }

        protected override object? One(PSObject ps, string? kind, object item)
        {
            var self = ps.Properties["Self"]?.Value as string;
            if (kind == "EntityReference")
                return self;
            if (kind != null && TypeNames.Contains(kind))
                return AsSelf || ModuleKinds.IsDeserialized(ps) || ps.BaseObject is PSCustomObject ? self : ps.BaseObject;
            if (kind != null)
                throw new ArgumentTransformationMetadataException(
                    $"A {kind} cannot be used here: pass a {string.Join(" or ", TypeNames)} (the object, its id or its URL)." + (Hint is null ? string.Empty : " " + Hint));
            return self ?? ps.Properties["Id"]?.Value?.ToString() ?? item.ToString();
        }
    }
}
