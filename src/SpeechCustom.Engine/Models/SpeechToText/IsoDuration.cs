using System;
using System.Xml;

namespace SpeechCustom.Engine.Models.SpeechToText
{
    /// <summary>v3.x reports durations as ISO 8601 ("PT4M12S"); 2024-11-15 and later as milliseconds. One TimeSpan for both.</summary>
    internal static class IsoDuration
    {
        public static TimeSpan? From(string? iso, long? milliseconds)
        {
            if (milliseconds.HasValue)
                return TimeSpan.FromMilliseconds(milliseconds.Value);
            if (string.IsNullOrEmpty(iso))
                return null;
            try
            {
                return XmlConvert.ToTimeSpan(iso!);
            }
            catch (FormatException)
            {
                return null;
            }
        }

        public static string ToIso(TimeSpan value) => XmlConvert.ToString(value);
    }
}
