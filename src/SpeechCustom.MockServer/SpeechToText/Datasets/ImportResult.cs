namespace SpeechCustom.MockServer.SpeechToText.Datasets;

/// <summary>A plausible, deterministic import outcome per dataset kind (audio kinds have a duration, text kinds do not).</summary>
internal sealed record ImportResult(int AcceptedLineCount, int RejectedLineCount, TimeSpan? Duration)
{
    public static ImportResult For(string kind) => kind switch
    {
        DatasetKinds.Acoustic => new(11, 2, TimeSpan.FromSeconds(252)),
        DatasetKinds.AudioFiles => new(20, 0, TimeSpan.FromSeconds(252)),
        DatasetKinds.Pronunciation => new(50, 1, null),
        _ => new(1000, 3, null),
    };
}
