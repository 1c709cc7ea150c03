namespace SpeechCustom.MockServer.SpeechToText;

/// <summary>
/// A speech-to-text API version and the shape differences that follow from it (speechtotext.md §5, §9): v3.x carry the
/// version in the path and plain URLs; 2024-11-15+ use ?api-version= (also on every returned URL) and milliseconds.
/// </summary>
internal sealed record SttVersion(string Value, bool InPath)
{
    public static readonly SttVersion V31 = new("v3.1", InPath: true);
    public static readonly SttVersion V32 = new("v3.2", InPath: true);
    public static readonly SttVersion V20241115 = new("2024-11-15", InPath: false);
    public static readonly SttVersion V20251015 = new("2025-10-15", InPath: false);

    public static readonly IReadOnlyList<SttVersion> QueryVersions = [V20251015, V20241115];

    /// <summary>Projects were removed in 2024-11-15 and came back in 2025-10-15.</summary>
    public bool HasProjects => this != V20241115;

    /// <summary>v3.x report durations as ISO 8601 ("PT4M12S"), later versions as durationMilliseconds.</summary>
    public bool UsesMilliseconds => !InPath;

    /// <summary>The OutputFormatting dataset kind and textNormalizationKind exist from v3.2.</summary>
    public bool IsV32OrLater => this != V31;

    /// <summary>Project.properties counts exist in v3.x only.</summary>
    public bool HasProjectCounts => InPath;

    public bool HasFoundryProjectName => this == V20251015;

    /// <summary>v3.x only: model/endpoint text, endpoint timeToLive, endpoint logs, email, sasValidityInSeconds, POST /transcriptions.</summary>
    public bool IsV3 => InPath;

    /// <summary>Models_Copy, Models_AuthorizeCopy and the copy operation exist from v3.2 (v3.1 has :copyto).</summary>
    public bool HasModelCopy => this != V31;

    /// <summary>Evaluation token error fields and supportedOutputFormats exist from v3.2.</summary>
    public bool HasTokenErrors => this != V31;

    /// <summary>The 2025-10-15 additions: EmptyAudioFile and the other fast transcription codes, audioUrl, enhancedMode, phraseList.</summary>
    public bool Is20251015 => this == V20251015;

    public static SttVersion? FromQuery(string value) =>
        QueryVersions.FirstOrDefault(v => v.Value == value);
}
