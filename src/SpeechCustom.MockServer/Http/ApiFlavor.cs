namespace SpeechCustom.MockServer.Http;

/// <summary>Which emulated API a request is for; decides the error shape and whether auth and faults apply.</summary>
internal enum ApiFlavor
{
    /// <summary>Not an API route (token endpoints, admin routes).</summary>
    None,
    CustomVoice,
    SpeechToText,
}

internal static class ApiFlavors
{
    public const string CustomVoiceBase = "/customvoice";
    public const string SpeechToTextBase = "/speechtotext";

    public static ApiFlavor Of(PathString path) =>
        path.StartsWithSegments(CustomVoiceBase, StringComparison.OrdinalIgnoreCase) ? ApiFlavor.CustomVoice
        : path.StartsWithSegments(SpeechToTextBase, StringComparison.OrdinalIgnoreCase) ? ApiFlavor.SpeechToText
        : ApiFlavor.None;
}
