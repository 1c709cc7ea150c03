using System.Management.Automation;

namespace SpeechCustom.Infrastructure
{
    /// <summary>
    /// Lets a parameter that names a speech-to-text entity take the entity itself (anything with a Self URL, such as
    /// a project object), its URL, or its id: objects become their Self URL; strings pass through.
    /// </summary>
    public sealed class EntityReferenceTransformationAttribute : ArgumentTransformationAttribute
    {
        public override object? Transform(EngineIntrinsics engineIntrinsics, object? inputData)
        {
            var value = inputData is PSObject wrapped ? wrapped.BaseObject : inputData;
            if (value is null || value is string)
                return value;
            var psObject = PSObject.AsPSObject(value);
            var self = psObject.Properties["Self"]?.Value as string;
            if (!string.IsNullOrEmpty(self))
                return self;
            return psObject.Properties["Id"]?.Value?.ToString() ?? value.ToString();
        }
    }
}
