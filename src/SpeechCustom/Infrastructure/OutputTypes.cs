using System.Management.Automation;

namespace SpeechCustom.Infrastructure
{
    /// <summary>
    /// Gives every engine object the PowerShell type name its default view in SpeechCustom.format.ps1xml is keyed on:
    /// SpeechCustom.&lt;class name&gt; (SpeechCustom.TrainingSet, SpeechCustom.CsrDataset, ...).
    /// </summary>
    internal static class OutputTypes
    {
        public const string Prefix = "SpeechCustom.";

        public static object? Decorate(object? value)
        {
            if (value is null || value is PSObject || value.GetType().Namespace?.StartsWith("SpeechCustom.Engine", System.StringComparison.Ordinal) != true)
                return value;
            var wrapped = PSObject.AsPSObject(value);
            var name = Prefix + value.GetType().Name;
            if (!wrapped.TypeNames.Contains(name))
                wrapped.TypeNames.Insert(0, name);
            return wrapped;
        }
    }
}
