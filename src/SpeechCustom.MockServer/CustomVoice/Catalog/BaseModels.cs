namespace SpeechCustom.MockServer.CustomVoice.Catalog;

/// <summary>The personal voice base models the mock offers (GET /basemodels).</summary>
internal static class BaseModels
{
    public static readonly IReadOnlyList<object> All =
    [
        new BaseModelJson("DragonLatestNeural", "Dragon latest base model", "2024-11-01T00:00:00.000Z", null, ["PersonalVoice"]),
        new BaseModelJson("PhoenixLatestNeural", "Phoenix latest base model", "2024-03-01T00:00:00.000Z", null, ["PersonalVoice"]),
        new BaseModelJson("PhoenixV2Neural", "Phoenix V2 base model", "2023-12-01T00:00:00.000Z", "2026-12-01T00:00:00.000Z", ["PersonalVoice"]),
    ];

    private sealed record BaseModelJson(string Name, string Description, string ReleaseDateTime, string? ExpirationDateTime, IReadOnlyList<string> Capabilities);
}
