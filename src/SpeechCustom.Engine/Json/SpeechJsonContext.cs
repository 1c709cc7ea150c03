using System.Collections.Generic;
using System.Text.Json.Serialization;
using SpeechCustom.Engine.Models.Common;
using SpeechCustom.Engine.Models.CustomVoice;
using SpeechCustom.Engine.Models.SpeechToText;

namespace SpeechCustom.Engine.Json
{
    /// <summary>
    /// Source-generated (de)serializers for every wire shape: no reflection at run time, which keeps the module fast
    /// to load and trimming-safe. camelCase on the wire; nulls are not sent; unknown properties are ignored and
    /// enum-like values stay strings, so new service values never break an old module.
    /// </summary>
    [JsonSourceGenerationOptions(
        PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        PropertyNameCaseInsensitive = true)]
    [JsonSerializable(typeof(BlobContentSource))]
    [JsonSerializable(typeof(VoiceOperation))]
    [JsonSerializable(typeof(TrainingSet))]
    [JsonSerializable(typeof(TrainingSetUploadRequest))]
    [JsonSerializable(typeof(PersonalVoice))]
    [JsonSerializable(typeof(VoiceProject))]
    [JsonSerializable(typeof(VoiceConsent))]
    [JsonSerializable(typeof(CustomVoicePage<TrainingSet>))]
    [JsonSerializable(typeof(CustomVoicePage<PersonalVoice>))]
    [JsonSerializable(typeof(CustomVoicePage<VoiceProject>))]
    [JsonSerializable(typeof(CustomVoicePage<VoiceConsent>))]
    [JsonSerializable(typeof(VoiceModel))]
    [JsonSerializable(typeof(VoiceEndpoint))]
    [JsonSerializable(typeof(CustomVoicePage<VoiceModel>))]
    [JsonSerializable(typeof(CustomVoicePage<VoiceEndpoint>))]
    [JsonSerializable(typeof(CustomVoicePage<VoiceModelRecipe>))]
    [JsonSerializable(typeof(CustomVoicePage<VoiceBaseModel>))]
    [JsonSerializable(typeof(List<VoiceModelRecipe>))]
    [JsonSerializable(typeof(List<VoiceBaseModel>))]
    [JsonSerializable(typeof(CsrDataset))]
    [JsonSerializable(typeof(CsrDatasetDefinition))]
    [JsonSerializable(typeof(SpeechToTextPage<CsrDataset>))]
    [JsonSerializable(typeof(CsrFile))]
    [JsonSerializable(typeof(SpeechToTextPage<CsrFile>))]
    [JsonSerializable(typeof(Dictionary<string, string>))]
    internal sealed partial class SpeechJsonContext : JsonSerializerContext
    {
    }
}
