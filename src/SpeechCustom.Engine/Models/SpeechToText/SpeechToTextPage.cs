using System.Collections.Generic;
using System.Text.Json.Serialization;

namespace SpeechCustom.Engine.Models.SpeechToText
{
    /// <summary>One page of a speech-to-text list: <c>{"values":[...],"@nextLink":"..."}</c>.</summary>
    public sealed class SpeechToTextPage<T>
    {
        public List<T>? Values { get; set; }

        [JsonPropertyName("@nextLink")]
        public string? NextLink { get; set; }
    }
}
