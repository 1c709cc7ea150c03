using SpeechCustom.Module.Tests.Support;

namespace SpeechCustom.Module.Tests;

/// <summary>
/// A mock with custom speech data a team would already have: Acoustic and Language datasets of en-US, an Acoustic
/// dataset of de-DE, and a model trained on the Acoustic one. Scripts get them as objects with <see cref="Objects"/>.
/// </summary>
public sealed class CustomSpeechFixture : MockFixture
{
    public string AcousticId { get; private set; } = string.Empty;

    public string LanguageId { get; private set; } = string.Empty;

    public string GermanId { get; private set; } = string.Empty;

    public string ModelId { get; private set; } = string.Empty;

    public static string ContentUrl(string file) => $"https://contoso.blob.core.windows.net/speech/{file}?{Sas}";

    /// <summary>Script lines that read the seeded data into $acoustic, $language, $german, $model, $base, $whisper, $textOnly.</summary>
    public string Objects => $"""
        $acoustic = Get-CsrDataset -Id '{AcousticId}'
        $language = Get-CsrDataset -Id '{LanguageId}'
        $german = Get-CsrDataset -Id '{GermanId}'
        $model = Get-CsrModel -Id '{ModelId}'
        $base = Get-CsrBaseModel -Latest -Locale en-US
        $whisper = Get-CsrBaseModel -Locale en-US -DisplayName 'Whisper Large V2'
        $textOnly = Get-CsrBaseModel -Locale en-US -DisplayName '20240315 (language adaptation)'
        """;

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        using var session = new ModuleSession();
        var seed = session.Run($"""
            {ConnectWithKey}
            $acoustic = New-CsrDataset -Kind Acoustic -Locale en-US -DisplayName 'seed-calls' -ContentUrl '{ContentUrl("calls.zip")}'
            $language = New-CsrDataset -Kind Language -Locale en-US -DisplayName 'seed-text' -ContentUrl '{ContentUrl("text.txt")}'
            $german = New-CsrDataset -Kind Acoustic -Locale de-DE -DisplayName 'seed-anrufe' -ContentUrl '{ContentUrl("anrufe.zip")}'
            $ready = $acoustic, $language, $german | Wait-SpeechOperation -PollingIntervalSec 0.2
            $model = $acoustic | Get-CsrDataset | New-CsrModel -DisplayName 'seed-model' -BaseModel (Get-CsrBaseModel -Latest -Locale en-US) -Wait -PollingIntervalSec 0.2
            $acoustic.Id; $language.Id; $german.Id; $model.Id
            """);
        if (seed.Terminating != null || seed.Errors.Count > 0 || seed.Output.Count != 4)
            throw new InvalidOperationException("Seeding failed: " + (seed.Terminating?.Message ?? seed.ErrorText));
        AcousticId = (string)seed.Output[0].BaseObject;
        LanguageId = (string)seed.Output[1].BaseObject;
        GermanId = (string)seed.Output[2].BaseObject;
        ModelId = (string)seed.Output[3].BaseObject;
    }
}
