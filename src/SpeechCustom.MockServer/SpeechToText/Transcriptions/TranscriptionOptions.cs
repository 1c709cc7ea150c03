using System.Text.Json;
using System.Text.Json.Nodes;
using System.Xml;
using SpeechCustom.MockServer.Http;
using SpeechCustom.MockServer.SpeechToText.Models;

namespace SpeechCustom.MockServer.SpeechToText.Transcriptions;

/// <summary>A stored model reference (base or custom).</summary>
internal sealed record ModelLink(bool IsBase, Guid Id)
{
    public static ModelLink Of(ResolvedModel model) => new(model.IsBase, model.Id);

    public EntityReference Reference(SttRequest request) =>
        IsBase ? request.Reference("models/base", Id) : request.Reference("models", Id);
}

/// <summary>Diarization in one form for every version: v3.x diarizationEnabled + speakers {minCount, maxCount}; 2024-11-15+ {enabled, maxSpeakers}.</summary>
internal sealed record DiarizationSettings(bool Enabled, int? MinSpeakers, int? MaxSpeakers);

/// <summary>languageIdentification: candidate locales, per-locale models and mode (Continuous by default; mode from v3.2).</summary>
internal sealed record LanguageIdentificationSettings(IReadOnlyList<string> CandidateLocales, IReadOnlyDictionary<string, SttReference> Mapping, string? Mode)
{
    public bool IsContinuous => Mode is null or "Continuous";
}

/// <summary>
/// TranscriptionProperties (speechtotext.md §5.7), validated per version and rendered in the shape of the version that
/// reads them: v3.x diarizationEnabled/diarization.speakers, timeToLive (ISO), duration; 2024-11-15+ diarization
/// {enabled, maxSpeakers}, timeToLiveHours, durationMilliseconds.
/// </summary>
internal sealed record TranscriptionOptions(
    bool WordLevelTimestamps,
    bool DisplayFormWordLevelTimestamps,
    IReadOnlyList<int> Channels,
    string PunctuationMode,
    string ProfanityFilterMode,
    string? DestinationContainerUrl,
    TimeSpan? TimeToLive,
    DiarizationSettings? Diarization,
    LanguageIdentificationSettings? LanguageIdentification)
{
    private static readonly string[] PunctuationModes = ["None", "Dictated", "Automatic", "DictatedAndAutomatic"];
    private static readonly string[] ProfanityModes = ["None", "Removed", "Tags", "Masked"];

    public static readonly TranscriptionOptions Defaults = new(false, false, [0, 1], "DictatedAndAutomatic", "Masked", null, null, null, null);

    public bool DiarizationOn => Diarization?.Enabled == true;

    public int MaxSpeakers => Diarization?.MaxSpeakers ?? 2;

    public static TranscriptionOptions Read(JsonObject? properties, SttVersion version)
    {
        if (properties is null)
        {
            return version.IsV3 ? Defaults : throw InvalidFieldException.Missing("properties");
        }

        var channels = ReadChannels(properties, version);
        var punctuation = Enum(properties, "punctuationMode", PunctuationModes) ?? "DictatedAndAutomatic";
        var profanity = Enum(properties, "profanityFilterMode", ProfanityModes) ?? "Masked";
        var destination = properties.OptionalHttpUrl("destinationContainerUrl", "properties.destinationContainerUrl")?.OriginalString;
        return new TranscriptionOptions(
            properties.OptionalBool("wordLevelTimestampsEnabled", "properties.wordLevelTimestampsEnabled") ?? false,
            properties.OptionalBool("displayFormWordLevelTimestampsEnabled", "properties.displayFormWordLevelTimestampsEnabled") ?? false,
            channels,
            punctuation,
            profanity,
            destination,
            version.IsV3 ? SttFields.TimeToLive(properties, "timeToLive", "properties.timeToLive") : TimeToLiveHours(properties),
            version.IsV3 ? ReadV3Diarization(properties) : ReadDiarization(properties),
            ReadLanguageIdentification(properties, version));
    }

    private static IReadOnlyList<int> ReadChannels(JsonObject properties, SttVersion version)
    {
        var array = properties.OptionalArray("channels", "properties.channels");
        if (array is null)
        {
            return [0, 1];
        }

        var code = version.IsV32OrLater ? "InvalidChannels" : "InvalidParameterValue";
        var channels = new List<int>();
        foreach (var item in array)
        {
            if (item is not JsonValue value || !value.TryGetValue<int>(out var channel) || channel is < 0 or > 1 || channels.Contains(channel))
            {
                throw SttErrors.InvalidRequest(code, "properties.channels must list distinct channel numbers 0 and/or 1.", "properties.channels");
            }

            channels.Add(channel);
        }

        return channels.Count > 0 ? channels : throw SttErrors.InvalidRequest(code, "properties.channels must list at least one channel.", "properties.channels");
    }

    private static string? Enum(JsonObject properties, string name, string[] allowed)
    {
        var text = properties.OptionalString(name, $"properties.{name}");
        if (text is null)
        {
            return null;
        }

        return allowed.FirstOrDefault(a => string.Equals(a, text, StringComparison.OrdinalIgnoreCase))
            ?? throw InvalidFieldException.Invalid($"properties.{name}", $"'{text}' is not one of {string.Join(", ", allowed)}.");
    }

    private static TimeSpan TimeToLiveHours(JsonObject properties)
    {
        if (properties["timeToLiveHours"] is null)
        {
            throw SttErrors.InvalidRequest("InvalidTimeToLive", "properties.timeToLiveHours is required: the number of hours (6 to 744) after which the transcription and its results are deleted.", "properties.timeToLiveHours");
        }

        var hours = properties.OptionalInt("timeToLiveHours", "properties.timeToLiveHours")!.Value;
        return hours is < 6 or > 744
            ? throw SttErrors.InvalidRequest("InvalidTimeToLive", $"properties.timeToLiveHours must be between 6 and 744 (31 days); {hours} was given.", "properties.timeToLiveHours")
            : TimeSpan.FromHours(hours);
    }

    private static DiarizationSettings? ReadV3Diarization(JsonObject properties)
    {
        var enabled = properties.OptionalBool("diarizationEnabled", "properties.diarizationEnabled") ?? false;
        var diarization = properties.OptionalObject("diarization", "properties.diarization");
        if (diarization is null)
        {
            return enabled ? new DiarizationSettings(true, null, null) : null;
        }

        var speakers = diarization.OptionalObject("speakers", "properties.diarization.speakers") ?? throw InvalidFieldException.Missing("properties.diarization.speakers");
        var min = speakers.OptionalInt("minCount", "properties.diarization.speakers.minCount") ?? 1;
        var max = speakers.OptionalInt("maxCount", "properties.diarization.speakers.maxCount") ?? 2;
        if (min < 1 || max < 1 || max > 35 || min > max)
        {
            throw InvalidFieldException.Invalid("properties.diarization.speakers", "minCount and maxCount must be at least 1, maxCount below 36 and minCount not above maxCount.");
        }

        return new DiarizationSettings(enabled, min, max);
    }

    private static DiarizationSettings? ReadDiarization(JsonObject properties)
    {
        var diarization = properties.OptionalObject("diarization", "properties.diarization");
        if (diarization is null)
        {
            return null;
        }

        var max = diarization.OptionalInt("maxSpeakers", "properties.diarization.maxSpeakers");
        if (max is < 2 or > 35)
        {
            throw InvalidFieldException.Invalid("properties.diarization.maxSpeakers", "a value from 2 to 35 is expected.");
        }

        return new DiarizationSettings(diarization.OptionalBool("enabled", "properties.diarization.enabled") ?? false, null, max);
    }

    private static LanguageIdentificationSettings? ReadLanguageIdentification(JsonObject properties, SttVersion version)
    {
        const string path = "properties.languageIdentification";
        var lid = properties.OptionalObject("languageIdentification", path);
        if (lid is null)
        {
            return null;
        }

        var candidates = lid.OptionalStringArray("candidateLocales", $"{path}.candidateLocales") ?? throw InvalidFieldException.Missing($"{path}.candidateLocales");
        foreach (var locale in candidates)
        {
            _ = SttFields.Locale(new JsonObject { ["locale"] = locale });
        }

        var mode = version.IsV32OrLater ? lid.OptionalString("mode", $"{path}.mode") : null;
        if (mode is not null && mode is not ("Continuous" or "Single"))
        {
            throw InvalidFieldException.Invalid($"{path}.mode", $"'{mode}' is not one of Continuous, Single.");
        }

        if (mode is null or "Continuous" && candidates.Count is < 2 or > 10)
        {
            throw InvalidFieldException.Invalid($"{path}.candidateLocales", "continuous language identification needs 2 to 10 candidate locales.");
        }

        if (candidates.Count == 0)
        {
            throw InvalidFieldException.Invalid($"{path}.candidateLocales", "at least one candidate locale is expected.");
        }

        var mapping = new Dictionary<string, SttReference>(StringComparer.OrdinalIgnoreCase);
        if (lid.OptionalObject("speechModelMapping", $"{path}.speechModelMapping") is { } map)
        {
            foreach (var (locale, _) in map)
            {
                if (!candidates.Contains(locale, StringComparer.OrdinalIgnoreCase))
                {
                    throw InvalidFieldException.Invalid($"{path}.speechModelMapping", $"the locale '{locale}' is not one of the candidate locales.");
                }

                mapping[locale] = SttFields.Reference(map, locale, $"{path}.speechModelMapping.{locale}")!;
            }
        }

        return new LanguageIdentificationSettings(candidates, mapping, mode);
    }

    /// <summary>The properties object as <paramref name="request"/>'s version shows it.</summary>
    public JsonObject ToJson(SttRequest request, TimeSpan? duration, EntityError? error)
    {
        var version = request.Version;
        var json = new JsonObject();
        if (version.IsV3)
        {
            json["diarizationEnabled"] = DiarizationOn;
            if (Diarization is { MinSpeakers: not null } || Diarization is { MaxSpeakers: not null })
            {
                json["diarization"] = new JsonObject { ["speakers"] = new JsonObject { ["minCount"] = Diarization.MinSpeakers ?? 1, ["maxCount"] = Diarization.MaxSpeakers ?? 2 } };
            }
        }
        else if (Diarization is not null)
        {
            var diarization = new JsonObject { ["enabled"] = Diarization.Enabled };
            if (Diarization.MaxSpeakers is { } max)
            {
                diarization["maxSpeakers"] = max;
            }

            json["diarization"] = diarization;
        }

        json["wordLevelTimestampsEnabled"] = WordLevelTimestamps;
        json["displayFormWordLevelTimestampsEnabled"] = DisplayFormWordLevelTimestamps;
        json["channels"] = new JsonArray([.. Channels.Select(c => (JsonNode)c)]);
        json["punctuationMode"] = PunctuationMode;
        json["profanityFilterMode"] = ProfanityFilterMode;
        if (DestinationContainerUrl is not null)
        {
            json["destinationContainerUrl"] = DestinationContainerUrl;
        }

        if (TimeToLive is { } ttl)
        {
            if (version.IsV3)
            {
                json["timeToLive"] = XmlConvert.ToString(ttl);
            }
            else
            {
                json["timeToLiveHours"] = (int)Math.Round(ttl.TotalHours);
            }
        }

        if (LanguageIdentification is { } lid)
        {
            var node = new JsonObject { ["candidateLocales"] = new JsonArray([.. lid.CandidateLocales.Select(l => (JsonNode)l)]) };
            if (lid.Mapping.Count > 0)
            {
                node["speechModelMapping"] = new JsonObject(lid.Mapping.Select(m => new KeyValuePair<string, JsonNode?>(
                    m.Key, JsonSerializer.SerializeToNode(new EntityReference(ModelUrl(request, m.Value)), JsonDefaults.Options))));
            }

            if (version.IsV32OrLater)
            {
                node["mode"] = lid.Mode ?? "Continuous";
            }

            json["languageIdentification"] = node;
        }

        if (duration is { } d)
        {
            if (version.IsV3)
            {
                json["duration"] = XmlConvert.ToString(d);
            }
            else
            {
                json["durationMilliseconds"] = (long)d.TotalMilliseconds;
            }
        }

        if (error is not null)
        {
            json["error"] = JsonSerializer.SerializeToNode(error, JsonDefaults.Options);
        }

        return json;
    }

    private static string ModelUrl(SttRequest request, SttReference reference) =>
        request.EntityUrl(reference.IsBaseModel ? "models/base" : "models", reference.Id);
}
