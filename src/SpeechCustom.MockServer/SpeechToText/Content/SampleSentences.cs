namespace SpeechCustom.MockServer.SpeechToText.Content;

/// <summary>One utterance in the recognizer's four forms (§6): lexical, ITN, masked ITN (= ITN here) and display.</summary>
internal sealed record Sentence(string Lexical, string Itn, string Display)
{
    public string MaskedItn => Itn;

    public string[] LexicalWords => Lexical.Split(' ', StringSplitOptions.RemoveEmptyEntries);

    public string[] DisplayWords => Display.Split(' ', StringSplitOptions.RemoveEmptyEntries);

    /// <summary>punctuationMode None: the display form without punctuation marks.</summary>
    public string DisplayWithoutPunctuation => new([.. Display.Where(c => c is not ('.' or ',' or '?' or '!'))]);
}

/// <summary>
/// The text every generated recognition result, dataset and evaluation is made of: a fixed pool per locale (en-US and
/// de-DE; other locales use the en-US pool), picked by a hash of the input, so the same audio or URL always gives the
/// same text.
/// </summary>
internal static class SampleSentences
{
    private static readonly Sentence[] English =
    [
        new("hello and welcome to the quarterly business review", "hello and welcome to the quarterly business review", "Hello and welcome to the quarterly business review."),
        new("the meeting starts at nine thirty tomorrow morning", "the meeting starts at 9:30 tomorrow morning", "The meeting starts at 9:30 tomorrow morning."),
        new("please send the report to the finance team by friday", "please send the report to the finance team by friday", "Please send the report to the finance team by Friday."),
        new("our revenue grew by twelve percent this year", "our revenue grew by 12% this year", "Our revenue grew by 12% this year."),
        new("can you hear me clearly on this line", "can you hear me clearly on this line", "Can you hear me clearly on this line?"),
        new("the order number is four five six seven", "the order number is 4567", "The order number is 4567."),
        new("we shipped twenty five hundred units last month", "we shipped 2500 units last month", "We shipped 2500 units last month."),
        new("thank you for calling contoso customer support", "thank you for calling contoso customer support", "Thank you for calling Contoso customer support."),
        new("i would like to change my delivery address", "i would like to change my delivery address", "I would like to change my delivery address."),
        new("the weather in seattle will be cloudy with light rain", "the weather in seattle will be cloudy with light rain", "The weather in Seattle will be cloudy with light rain."),
        new("let's review the action items from last week", "let's review the action items from last week", "Let's review the action items from last week."),
        new("the total comes to forty two dollars and fifty cents", "the total comes to $42.50", "The total comes to $42.50."),
        new("my account was charged twice for the same invoice", "my account was charged twice for the same invoice", "My account was charged twice for the same invoice."),
        new("please hold while i transfer your call", "please hold while i transfer your call", "Please hold while I transfer your call."),
        new("the flight to new york departs from gate twelve", "the flight to new york departs from gate 12", "The flight to New York departs from gate 12."),
        new("is there anything else i can help you with today", "is there anything else i can help you with today", "Is there anything else I can help you with today?"),
    ];

    private static readonly Sentence[] German =
    [
        new("guten morgen und herzlich willkommen", "guten morgen und herzlich willkommen", "Guten Morgen und herzlich willkommen."),
        new("das treffen beginnt um neun uhr dreißig", "das treffen beginnt um 9:30 uhr", "Das Treffen beginnt um 9:30 Uhr."),
        new("bitte schicken sie den bericht bis freitag", "bitte schicken sie den bericht bis freitag", "Bitte schicken Sie den Bericht bis Freitag."),
        new("der umsatz ist um zwölf prozent gestiegen", "der umsatz ist um 12 % gestiegen", "Der Umsatz ist um 12 % gestiegen."),
        new("vielen dank für ihren anruf", "vielen dank für ihren anruf", "Vielen Dank für Ihren Anruf."),
        new("können sie mich gut hören", "können sie mich gut hören", "Können Sie mich gut hören?"),
        new("die bestellnummer lautet vier fünf sechs sieben", "die bestellnummer lautet 4567", "Die Bestellnummer lautet 4567."),
        new("das wetter in berlin bleibt heute bewölkt", "das wetter in berlin bleibt heute bewölkt", "Das Wetter in Berlin bleibt heute bewölkt."),
    ];

    public static IReadOnlyList<Sentence> For(string locale) =>
        locale.StartsWith("de", StringComparison.OrdinalIgnoreCase) ? German : English;

    /// <summary>The <paramref name="index"/>-th sentence of a sequence seeded by <paramref name="seed"/> (no repeats within a pool's length).</summary>
    public static Sentence Pick(string locale, ulong seed, int index)
    {
        var pool = For(locale);
        var start = Deterministic.Pick(seed, 0, 0, pool.Count - 1);
        var step = (2 * Deterministic.Pick(seed, 1, 0, (pool.Count / 2) - 1)) + 1; // odd: coprime with the power-of-two pool sizes
        return pool[(int)((start + ((long)index * step)) % pool.Count)];
    }
}
