using System.Text.Json;
using System.Text.Json.Nodes;
using SpeechCustom.MockServer.Hosting;
using SpeechCustom.MockServer.Http;
using SpeechCustom.MockServer.SpeechToText.Content;

namespace SpeechCustom.MockServer.SpeechToText.Transcriptions;

/// <summary>
/// Fast transcription, 2024-11-15+: POST /transcriptions:transcribe, multipart with the audio file part and the
/// definition part (JSON text: locales, diarization, channels, profanityFilterMode; 2024-11-15 models; 2025-10-15
/// audioUrl, enhancedMode, phraseList) → 200 TranscribeResult, synchronously. The text is chosen by a hash of the audio
/// bytes (or of audioUrl); a WAV file's length decides how many phrases fit. Empty audio → 400 (EmptyAudioFile on
/// 2025-10-15); audio whose file name or first bytes contain "fail-me" cannot be decoded (InvalidAudioFormat on 2025-10-15).
/// </summary>
internal static class FastTranscriptionRoute
{
    public static void Map(RouteGroupBuilder api) => api.MapPost("/transcriptions:transcribe", Transcribe);

    private static async Task<ApiResponse> Transcribe(HttpContext context, MockServerState state)
    {
        var request = SttRequest.Of(context);
        var version = request.Version;
        if (version.IsV3)
        {
            throw SttErrors.MissingRoute();
        }

        var form = await FormFields.ReadMultipartAsync(context, () => new ApiException(new ApiError(415, "UnsupportedMediaType", "The request must be multipart/form-data with an 'audio' file part and an optional 'definition' part.")));
        var definition = ReadDefinition(form.OptionalString("definition"));
        var locales = definition.OptionalStringArray("locales", "definition.locales") ?? [];
        foreach (var locale in locales)
        {
            _ = SttFields.Locale(new JsonObject { ["locale"] = locale });
        }

        var channels = Channels(definition, version);
        var (diarize, maxSpeakers) = Diarization(definition);
        if (diarize && channels is { Count: > 1 })
        {
            throw Invalid(version, "BadChannelConfiguration", "Diarization works on a single channel: request at most one channel in definition.channels when diarization is enabled.", "definition.channels");
        }

        if (definition.OptionalString("profanityFilterMode", "definition.profanityFilterMode") is { } profanity && profanity is not ("None" or "Removed" or "Tags" or "Masked"))
        {
            throw InvalidFieldException.Invalid("definition.profanityFilterMode", $"'{profanity}' is not one of None, Removed, Tags, Masked.");
        }

        var audioUrl = version.Is20251015 ? definition.OptionalHttpUrl("audioUrl", "definition.audioUrl")?.OriginalString : null;
        if (version.Is20251015)
        {
            _ = definition.OptionalObject("enhancedMode", "definition.enhancedMode");
            _ = definition.OptionalObject("phraseList", "definition.phraseList")?.OptionalStringArray("phrases", "definition.phraseList.phrases");
        }

        var file = form.Files.GetFile("audio");
        byte[]? audio = null;
        if (file is not null)
        {
            using var copy = new MemoryStream();
            await file.CopyToAsync(copy, context.RequestAborted);
            audio = copy.ToArray();
        }

        ulong seed;
        TimeSpan? length = null;
        if (audio is not null)
        {
            if (audio.Length == 0)
            {
                throw Invalid(version, "EmptyAudioFile", "The audio file is empty.", "audio");
            }

            if (file!.FileName.Contains(MockFailures.FailMarker, StringComparison.OrdinalIgnoreCase)
                || System.Text.Encoding.ASCII.GetString(audio, 0, Math.Min(audio.Length, 64)).Contains(MockFailures.FailMarker, StringComparison.OrdinalIgnoreCase))
            {
                throw Invalid(version, "InvalidAudioFormat", "The audio could not be decoded. Supported formats are WAV, MP3, OPUS/OGG, FLAC, WMA, AAC, ALAW/MULAW in WAV, AMR, WebM and SPEEX.", "audio");
            }

            seed = Deterministic.Hash(audio);
            length = WavHeader.Duration(audio);
        }
        else if (audioUrl is not null)
        {
            if (audioUrl.Contains(MockFailures.FailMarker, StringComparison.OrdinalIgnoreCase))
            {
                throw Invalid(version, "InvalidAudioFormat", $"The audio at '{audioUrl}' could not be decoded.", "definition.audioUrl");
            }

            seed = Deterministic.Hash(audioUrl);
        }
        else
        {
            throw version.Is20251015
                ? SttErrors.InvalidRequest("InvalidPayload", "Either the 'audio' file part or definition.audioUrl is required.", "audio")
                : InvalidFieldException.Missing("audio");
        }

        var (phrases, duration) = Utterances.Generate(seed, new UtteranceOptions(
            locales.Count > 0 ? locales : ["en-US"],
            LocalePerPhrase: locales.Count > 1,
            channels ?? [0],
            diarize,
            maxSpeakers,
            length));
        var perChannel = channels is { Count: > 1 };
        var result = new TranscribeResult(
            (int)duration.TotalMilliseconds,
            perChannel
                ? [.. phrases.GroupBy(p => p.Channel).OrderBy(g => g.Key).Select(g => new CombinedPhrase(g.Key, string.Join(' ', g.Select(p => p.Sentence.Display))))]
                : [new CombinedPhrase(null, string.Join(' ', phrases.Select(p => p.Sentence.Display)))],
            [.. phrases.Select(p => new Phrase(
                perChannel ? p.Channel : null,
                p.Speaker,
                (int)p.Offset.TotalMilliseconds,
                (int)p.Duration.TotalMilliseconds,
                p.Sentence.Display,
                [.. p.DisplayWords.Select(w => new Word(w.Text, (int)w.Offset.TotalMilliseconds, (int)w.Duration.TotalMilliseconds))],
                p.Locale,
                p.Confidence))]);
        return ApiResponse.Json(200, result);
    }

    private static JsonObject ReadDefinition(string? text)
    {
        if (text is null)
        {
            return [];
        }

        try
        {
            return JsonNode.Parse(text, JsonDefaults.NodeOptions) as JsonObject
                ?? throw new InvalidBodyException("The definition part must be a JSON object.");
        }
        catch (JsonException ex)
        {
            throw new InvalidBodyException($"The definition part is not valid JSON: {ex.Message}");
        }
    }

    private static List<int>? Channels(JsonObject definition, SttVersion version)
    {
        var array = definition.OptionalArray("channels", "definition.channels");
        if (array is null)
        {
            return null;
        }

        var channels = new List<int>();
        foreach (var item in array)
        {
            if (item is not JsonValue value || !value.TryGetValue<int>(out var channel) || channel is < 0 or > 1 || channels.Contains(channel))
            {
                throw Invalid(version, "InvalidChannelSpecification", "definition.channels must list at most two distinct channels, 0 and/or 1.", "definition.channels");
            }

            channels.Add(channel);
        }

        return channels.Count == 0 ? null : channels;
    }

    private static (bool Enabled, int MaxSpeakers) Diarization(JsonObject definition)
    {
        var diarization = definition.OptionalObject("diarization", "definition.diarization");
        if (diarization is null)
        {
            return (false, 2);
        }

        var max = diarization.OptionalInt("maxSpeakers", "definition.diarization.maxSpeakers");
        if (max is < 2 or > 35)
        {
            throw InvalidFieldException.Invalid("definition.diarization.maxSpeakers", "a value from 2 to 35 is expected.");
        }

        return (diarization.OptionalBool("enabled", "definition.diarization.enabled") ?? max is not null, max ?? 2);
    }

    /// <summary>2025-10-15 has specific inner codes for fast transcription problems; 2024-11-15 answers InvalidParameterValue.</summary>
    private static ApiException Invalid(SttVersion version, string code2025, string message, string target) =>
        SttErrors.InvalidRequest(version.Is20251015 ? code2025 : "InvalidParameterValue", message, target);

    private sealed record TranscribeResult(int DurationMilliseconds, IReadOnlyList<CombinedPhrase> CombinedPhrases, IReadOnlyList<Phrase> Phrases);

    private sealed record CombinedPhrase(int? Channel, string Text);

    private sealed record Phrase(int? Channel, int? Speaker, int OffsetMilliseconds, int DurationMilliseconds, string Text, IReadOnlyList<Word> Words, string Locale, double Confidence);

    private sealed record Word(string Text, int OffsetMilliseconds, int DurationMilliseconds);
}
