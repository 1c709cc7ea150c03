using System.Collections.Generic;
using System.Text.Json.Serialization;
using SpeechCustom.Engine.Models.SpeechToText;
using SpeechCustom.Engine.Transcription;

namespace SpeechCustom.Engine.Json
{
    /// <summary>
    /// Source-generated (de)serializers for speech-to-text endpoints, transcriptions (jobs, result files, fast
    /// transcription), web hooks and service health. Same conventions as <see cref="SpeechJsonContext"/>: camelCase,
    /// nulls not sent, unknown properties ignored, enum-like values kept as strings.
    /// </summary>
    [JsonSourceGenerationOptions(
        PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        PropertyNameCaseInsensitive = true)]
    [JsonSerializable(typeof(CsrEndpoint))]
    [JsonSerializable(typeof(CsrEndpointBody))]
    [JsonSerializable(typeof(CsrEndpointUpdateBody))]
    [JsonSerializable(typeof(SpeechToTextPage<CsrEndpoint>))]
    [JsonSerializable(typeof(SpeechToTextPage<CsrFile>))]
    [JsonSerializable(typeof(CsrFile))]
    [JsonSerializable(typeof(SpeechTranscription))]
    [JsonSerializable(typeof(TranscriptionBody))]
    [JsonSerializable(typeof(SpeechToTextPage<SpeechTranscription>))]
    [JsonSerializable(typeof(TranscriptionLocalesBody))]
    [JsonSerializable(typeof(List<string>))]
    [JsonSerializable(typeof(SpeechWebHook))]
    [JsonSerializable(typeof(SpeechWebHookBody))]
    [JsonSerializable(typeof(SpeechToTextPage<SpeechWebHook>))]
    [JsonSerializable(typeof(SpeechServiceHealth))]
    [JsonSerializable(typeof(ResultFileWire))]
    [JsonSerializable(typeof(ReportWire))]
    [JsonSerializable(typeof(TranscribeResultWire))]
    [JsonSerializable(typeof(TranscribeDefinitionWire))]
    internal sealed partial class TranscriptionJsonContext : JsonSerializerContext
    {
    }
}
