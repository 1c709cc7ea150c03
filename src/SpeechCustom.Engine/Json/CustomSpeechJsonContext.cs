using System.Collections.Generic;
using System.Text.Json.Serialization;
using SpeechCustom.Engine.Models.SpeechToText;
using SpeechCustom.Engine.SpeechToText;

namespace SpeechCustom.Engine.Json
{
    /// <summary>
    /// Source-generated (de)serializers for the custom speech shapes (projects, models, base models, evaluations, copies,
    /// manifests, block lists), with the same rules as <see cref="SpeechJsonContext"/>: camelCase, nulls not sent (so a
    /// PATCH carries only the fields given), unknown properties ignored, enum-like values kept as strings.
    /// </summary>
    [JsonSourceGenerationOptions(
        PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        PropertyNameCaseInsensitive = true)]
    [JsonSerializable(typeof(CsrProject))]
    [JsonSerializable(typeof(SpeechToTextPage<CsrProject>))]
    [JsonSerializable(typeof(CsrProjectDefinition))]
    [JsonSerializable(typeof(CsrEntityUpdate))]
    [JsonSerializable(typeof(CsrModel))]
    [JsonSerializable(typeof(SpeechToTextPage<CsrModel>))]
    [JsonSerializable(typeof(CsrModelDefinition))]
    [JsonSerializable(typeof(CsrBaseModel))]
    [JsonSerializable(typeof(SpeechToTextPage<CsrBaseModel>))]
    [JsonSerializable(typeof(CsrEvaluation))]
    [JsonSerializable(typeof(SpeechToTextPage<CsrEvaluation>))]
    [JsonSerializable(typeof(CsrEvaluationDefinition))]
    [JsonSerializable(typeof(CsrModelManifest))]
    [JsonSerializable(typeof(CsrModelCopyAuthorizationDefinition))]
    [JsonSerializable(typeof(CsrModelCopyAuthorization))]
    [JsonSerializable(typeof(CsrModelCopyOperation))]
    [JsonSerializable(typeof(List<CommitBlockEntry>))]
    [JsonSerializable(typeof(Dictionary<string, List<string>>))]
    [JsonSerializable(typeof(List<string>))]
    internal sealed partial class CustomSpeechJsonContext : JsonSerializerContext
    {
    }
}
