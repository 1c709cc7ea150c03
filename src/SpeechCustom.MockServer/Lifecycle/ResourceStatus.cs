namespace SpeechCustom.MockServer.Lifecycle;

/// <summary>Status strings shared by both APIs (custom voice endpoints add Disabling/Disabled).</summary>
internal static class ResourceStatus
{
    public const string NotStarted = "NotStarted";
    public const string Running = "Running";
    public const string Succeeded = "Succeeded";
    public const string Failed = "Failed";
    public const string Disabling = "Disabling";
    public const string Disabled = "Disabled";
}
