using System;
using System.Collections.Generic;
using System.Globalization;
using SpeechCustom.Engine.Diagnostics;
using SpeechCustom.Engine.Models.SpeechToText;

namespace SpeechCustom.Engine.SpeechToText
{
    /// <summary>
    /// Warns when a model is close to (or past) the date the service stops adapting or transcribing with it, so a runbook
    /// learns it a month ahead instead of on the day training or transcription starts failing.
    /// </summary>
    public static class CsrDeprecation
    {
        public static readonly TimeSpan Window = TimeSpan.FromDays(30);

        /// <summary>The notices for a base model (adaptation and transcription) or a custom model (transcription).</summary>
        public static IReadOnlyList<string> Notices(SttEntity model, DateTimeOffset now, bool adaptation = true, bool transcription = true)
        {
            var notices = new List<string>();
            var what = model is CsrBaseModel ? "Base model" : "Model";
            var dates = model switch
            {
                CsrBaseModel b => b.Properties?.DeprecationDates,
                CsrModel m => m.Properties?.DeprecationDates,
                _ => null,
            };
            if (dates is null)
                return notices;
            if (adaptation && model is CsrBaseModel && Near(dates.AdaptationDateTime, now) is { } adapt)
                notices.Add($"{what} '{model.DisplayName}' ({model.Id}) {When(adapt, now, "can no longer be adapted")}. Train new models on a newer base model (Get-CsrBaseModel -Latest -Locale {model.Locale}).");
            if (transcription && Near(dates.TranscriptionDateTime, now) is { } transcribe)
                notices.Add($"{what} '{model.DisplayName}' ({model.Id}) {When(transcribe, now, "can no longer transcribe")}. Move to a model on a newer base model.");
            return notices;
        }

        /// <summary>Writes the notices to the engine log's Warning stream.</summary>
        internal static void Warn(SttEntity model, bool adaptation = true, bool transcription = true)
        {
            foreach (var notice in Notices(model, DateTimeOffset.UtcNow, adaptation, transcription))
                EngineLog.Warning(notice);
        }

        private static DateTimeOffset? Near(DateTimeOffset? date, DateTimeOffset now)
            => date.HasValue && date.Value - now <= Window ? date : null;

        private static string When(DateTimeOffset date, DateTimeOffset now, string what)
        {
            var day = date.UtcDateTime.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            var days = (int)Math.Round(Math.Abs((date - now).TotalDays));
            return date <= now
                ? $"{what} since {day} ({days} day(s) ago)"
                : $"{what} after {day} (in {days} day(s))";
        }
    }
}
