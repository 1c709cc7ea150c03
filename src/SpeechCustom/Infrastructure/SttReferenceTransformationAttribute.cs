using System.Collections;
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
    public sealed class SttReferenceTransformationAttribute : ArgumentTransformationAttribute
    {
        public SttReferenceTransformationAttribute(params string[] typeNames) => TypeNames = typeNames;

        public string[] TypeNames { get; }

        /// <summary>Give live objects' Self URL too (for string parameters).</summary>
        public bool AsSelf { get; set; }

        public override object? Transform(EngineIntrinsics engineIntrinsics, object? inputData)
        {
            // Unwrap strings and lists; keep other objects wrapped, their PSTypeNames tell their kind.
            var value = inputData is PSObject wrapped && (wrapped.BaseObject is string || (wrapped.BaseObject is IEnumerable && !(wrapped.BaseObject is IDictionary)))
                ? wrapped.BaseObject
                : inputData;
            switch (value)
            {
                case null:
                case string _:
                    return value;
                case IEnumerable items when !(value is IDictionary):
                    return items.Cast<object?>().Select(One).ToArray();
                default:
                    return One(value);
            }
        }

        private object? One(object? item)
        {
            if (item is null || item is string)
                return item;
            var ps = PSObject.AsPSObject(item);
            if (ps.BaseObject is string text)
                return text;
            var kind = SttKinds.Of(ps);
            var self = ps.Properties["Self"]?.Value as string;
            if (kind == "EntityReference")
                return self;
            if (kind != null && TypeNames.Contains(kind))
                return AsSelf || SttKinds.IsDeserialized(ps) || ps.BaseObject is PSCustomObject ? self : ps.BaseObject;
            if (kind != null)
                throw new ArgumentTransformationMetadataException(
                    $"A {kind} cannot be used here: pass a {string.Join(" or ", TypeNames)} (the object, its id or its URL).");
            return self ?? ps.Properties["Id"]?.Value?.ToString() ?? item.ToString();
        }
    }
}
