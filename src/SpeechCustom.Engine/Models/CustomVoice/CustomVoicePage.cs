using System.Collections.Generic;

namespace SpeechCustom.Engine.Models.CustomVoice
{
    /// <summary>One page of a custom voice list: <c>{"value":[...],"nextLink":"..."}</c>.</summary>
    public sealed class CustomVoicePage<T>
    {
        public List<T>? Value { get; set; }

        public string? NextLink { get; set; }
    }
}
