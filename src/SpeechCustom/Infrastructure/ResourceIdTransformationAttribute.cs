using System.Collections;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;

namespace SpeechCustom.Infrastructure
{
    /// <summary>
    /// Lets an -Id parameter take ids, or objects of its own kind from the pipeline (live or deserialized), and refuses
    /// objects of another kind of this module. Custom voice ids are chosen by people and often shared ('Jessica' can be a
    /// project, a consent and a model), so binding any object's Id property would let
    /// <c>Get-VoiceProject Jessica | Remove-VoiceModel</c> delete the model named Jessica.
    /// Objects from elsewhere (Import-Csv rows) give their Id property.
    /// </summary>
    public sealed class ResourceIdTransformationAttribute : ArgumentTransformationAttribute
    {
        private const string Prefix = "SpeechCustom.";
        private const string DeserializedPrefix = "Deserialized.SpeechCustom.";

        // An engine object that was never decorated (an error's TargetObject) carries only its .NET type name.
        private const string EnginePrefix = "SpeechCustom.Engine.";

        public ResourceIdTransformationAttribute(string typeName) => TypeName = typeName;

        /// <summary>The kind this parameter names, as in the PSTypeName SpeechCustom.&lt;TypeName&gt;.</summary>
        public string TypeName { get; }

        public override object? Transform(EngineIntrinsics engineIntrinsics, object? inputData)
        {
            if (inputData is PSObject wrapped && wrapped.BaseObject is not PSCustomObject)
                inputData = wrapped.BaseObject is string ? wrapped.BaseObject : inputData;
            switch (inputData)
            {
                case null:
                case string _:
                    return inputData;
                case IEnumerable items when inputData is not IDictionary:
                    return items.Cast<object?>().Select(One).ToArray();
                default:
                    return One(inputData);
            }
        }

        private object? One(object? item)
        {
            if (item is null || item is string)
                return item;
            var ps = PSObject.AsPSObject(item);
            if (ps.BaseObject is string text)
                return text;
            var names = ps.TypeNames;
            if (names.Contains(Prefix + TypeName) || names.Contains(DeserializedPrefix + TypeName)
                || names.Any(n => n.StartsWith(EnginePrefix, System.StringComparison.Ordinal) && n.EndsWith("." + TypeName, System.StringComparison.Ordinal)))
                return ps.Properties["Id"]?.Value?.ToString();
            var other = names.FirstOrDefault(n => n.StartsWith(Prefix, System.StringComparison.Ordinal) || n.StartsWith(DeserializedPrefix, System.StringComparison.Ordinal));
            if (other != null)
            {
                throw new ArgumentTransformationMetadataException(
                    $"A {other.Substring(other.LastIndexOf('.') + 1)} cannot be used as a {TypeName} id. Pipe {TypeName} objects (from Get-{Noun()}) or give the id with -Id.");
            }
            return ps.Properties["Id"]?.Value?.ToString() ?? item.ToString();
        }

        private string Noun() => TypeName;
    }
}
