using System;
using System.Linq;
using System.Management.Automation;

namespace SpeechCustom.Infrastructure
{
    /// <summary>
    /// Lets the -Id of a speech-to-text cmdlet take ids, or objects of its own kind from the pipeline (live or
    /// deserialized), and refuses objects of another kind of this module: ids are GUIDs, but a dataset piped into
    /// Remove-CsrModel must still fail rather than be looked up as a model. Kinds listed in <see cref="PassThrough"/> are
    /// left untouched, so the binder offers them to the cmdlet's other pipeline parameter (a project piped into
    /// Get-CsrDataset binds -Project). Objects from elsewhere (Import-Csv rows) give their Id property.
    /// </summary>
    public sealed class SttIdTransformationAttribute : SttTransformationAttribute
    {
        public SttIdTransformationAttribute(params string[] typeNames)
            : base(typeNames)
        {
        }

        protected override object? One(PSObject ps, string? kind, object item)
        {
            if (kind != null && TypeNames.Contains(kind))
                return (AsSelf ? ps.Properties["Self"]?.Value : null) ?? ps.Properties["Id"]?.Value?.ToString();
            if (kind != null)
                throw new ArgumentTransformationMetadataException(
                    $"A {kind} cannot be used as the id of a {string.Join(" or ", TypeNames)}. Pipe {string.Join(" or ", TypeNames)} objects or give the id with -Id.");
            return ps.Properties["Id"]?.Value?.ToString() ?? item.ToString();
        }
    }

    /// <summary>Which kind of this module's objects something is (CsrDataset, CsrModel, ...): from its PSTypeNames, live or deserialized.</summary>
    internal static class SttKinds
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
