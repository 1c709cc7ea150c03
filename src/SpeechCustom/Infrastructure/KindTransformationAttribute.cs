using System;
using System.Collections;
using System.Linq;
using System.Management.Automation;

namespace SpeechCustom.Infrastructure
{
    /// <summary>
    /// What the id and reference transformations of this module share (custom voice ids, speech-to-text ids and
    /// references): strings pass, lists are transformed item by item, and every other object (kept wrapped, its
    /// PSTypeNames tell its kind of this module) goes to <see cref="One"/>.
    /// </summary>
    public abstract class KindTransformationAttribute : ArgumentTransformationAttribute
    {
        protected KindTransformationAttribute(string[] typeNames) => TypeNames = typeNames;

        /// <summary>The kinds this parameter takes, as in the PSTypeName SpeechCustom.&lt;TypeName&gt;.</summary>
        public string[] TypeNames { get; }

        /// <summary>
        /// Kinds another pipeline parameter of the cmdlet takes: left untouched, so they fail this parameter's type and the
        /// binder offers them to the other one (a project piped into Get-CsrDataset binds -Project).
        /// </summary>
        public string[] PassThrough { get; set; } = new string[0];

        /// <summary>Give the object's Self URL (when the kinds live in different collections, or for string parameters).</summary>
        public bool AsSelf { get; set; }

        public override object? Transform(EngineIntrinsics engineIntrinsics, object? inputData)
        {
            var value = inputData is PSObject wrapped && (wrapped.BaseObject is string || (wrapped.BaseObject is IEnumerable && !(wrapped.BaseObject is IDictionary)))
                ? wrapped.BaseObject
                : inputData;
            switch (value)
            {
                case null:
                case string _:
                    return value;
                case IEnumerable items when !(value is IDictionary):
                    return items.Cast<object?>().Select(Item).ToArray();
                default:
                    return Item(value);
            }
        }

        private object? Item(object? item)
        {
            if (item is null || item is string)
                return item;
            var ps = PSObject.AsPSObject(item);
            if (ps.BaseObject is string text)
                return text;
            var kind = ModuleKinds.Of(ps);
            if (kind != null && PassThrough.Contains(kind))
                return item;
            var result = One(ps, kind, item);
            if (result is string id)
                IdOrigins.Remember(id, item);
            return result;
        }

        /// <summary>One object that is not a string; <paramref name="kind"/> is its kind of this module, or null for other objects.</summary>
        protected abstract object? One(PSObject ps, string? kind, object item);
    }

    /// <summary>Which kind of this module's objects something is (CsrDataset, CsrModel, ...): from its PSTypeNames, live or deserialized.</summary>
    internal static class ModuleKinds
    {
        private const string Prefix = "SpeechCustom.";
        private const string DeserializedPrefix = "Deserialized.SpeechCustom.";

        // An engine object that was never decorated (an error's TargetObject) carries only its .NET type name.
        private const string EnginePrefix = "SpeechCustom.Engine.";

        public static string? Of(PSObject item)
        {
            foreach (var name in item.TypeNames)
            {
                if (name.StartsWith(EnginePrefix, StringComparison.Ordinal))
                    return name.Substring(name.LastIndexOf('.') + 1);
                if (name.StartsWith(DeserializedPrefix + "Engine.", StringComparison.Ordinal))
                    return name.Substring(name.LastIndexOf('.') + 1);
                if (name.StartsWith(Prefix, StringComparison.Ordinal) || name.StartsWith(DeserializedPrefix, StringComparison.Ordinal))
                    return name.Substring(name.LastIndexOf('.') + 1);
            }
            return null;
        }

        public static bool IsDeserialized(PSObject item) => item.TypeNames.Any(n => n.StartsWith("Deserialized.", StringComparison.Ordinal));
    }
}
