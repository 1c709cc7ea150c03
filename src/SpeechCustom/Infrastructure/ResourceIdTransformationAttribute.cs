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
    public sealed class ResourceIdTransformationAttribute : KindTransformationAttribute
    {
        public ResourceIdTransformationAttribute(string typeName)
            : base(new[] { typeName })
        {
        }

        /// <summary>The kind this parameter names, as in the PSTypeName SpeechCustom.&lt;TypeName&gt;.</summary>
        public string TypeName => TypeNames[0];

        protected override object? One(PSObject ps, string? kind, object item)
        {
            if (kind == TypeName)
                return ps.Properties["Id"]?.Value?.ToString();
            if (kind != null)
                throw new ArgumentTransformationMetadataException(
                    $"A {kind} cannot be used as a {TypeName} id. Pipe {TypeName} objects (from Get-{TypeName}) or give the id with -Id.");
            return ps.Properties["Id"]?.Value?.ToString() ?? item.ToString();
        }
    }
}
