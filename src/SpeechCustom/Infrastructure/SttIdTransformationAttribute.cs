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
    public sealed class SttIdTransformationAttribute : KindTransformationAttribute
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
}
