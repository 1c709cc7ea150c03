using System.Collections.Generic;

namespace SpeechCustom.Engine.Models.SpeechToText
{
    /// <summary>
    /// A locale and the dataset kinds it supports. v3.x answers GET /datasets/locales as locale → kinds, 2024-11-15 and
    /// later as kind → locales; both become one object per locale.
    /// </summary>
    public sealed class CsrDatasetLocale : ServiceObject
    {
        public string Locale { get; set; } = string.Empty;

        public List<string> Kinds { get; set; } = new List<string>();

        public override string ToString() => $"{Locale}: {string.Join(", ", Kinds)}";
    }
}
