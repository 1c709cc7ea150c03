using System.Text.RegularExpressions;

namespace SpeechCustom.MockServer.CustomVoice;

/// <summary>The ResourceId rule (projects, consents, training sets, models, personal voices, operations) and the endpoint GUID rule.</summary>
internal static partial class CustomVoiceIds
{
    public static string Require(string id, string target = "id") =>
        ResourceIdPattern().IsMatch(id) ? id : throw CustomVoiceErrors.InvalidId(id, target);

    public static Guid RequireGuid(string id, string target = "id") =>
        Guid.TryParse(id, out var guid) ? guid : throw CustomVoiceErrors.InvalidGuid(id, target);

    [GeneratedRegex("^[a-zA-Z0-9][a-zA-Z0-9._-]{1,62}[a-zA-Z0-9]$")]
    private static partial Regex ResourceIdPattern();
}
