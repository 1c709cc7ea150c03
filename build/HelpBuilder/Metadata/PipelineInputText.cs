namespace SpeechCustom.HelpBuilder.Metadata;

/// <summary>The "Accept pipeline input" wording PowerShell help and platyPS use.</summary>
internal static class PipelineInputText
{
    public static string For(bool byValue, bool byPropertyName) => (byValue, byPropertyName) switch
    {
        (true, true) => "True (ByPropertyName, ByValue)",
        (true, false) => "True (ByValue)",
        (false, true) => "True (ByPropertyName)",
        _ => "False",
    };
}
