using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.Json;
using SpeechCustom.Engine.Models.SpeechToText;

namespace SpeechCustom.Engine.SpeechToText
{
    /// <summary>
    /// Reads a dataset's import report (the DatasetReport file). The contract names the file but not its layout, so the
    /// reader is liberal: every object in the report that describes a line or a file (it has a status, an accepted flag or
    /// a reason) becomes one typed line, wherever it sits, and common spellings of each field are understood.
    /// </summary>
    internal static class DatasetReportReader
    {
        private static readonly string[] TextNames = { "text", "content", "sentence", "transcript", "transcription", "utterance", "value", "line" };
        private static readonly string[] LineNames = { "lineNumber", "line", "lineNo", "index", "row" };
        private static readonly string[] FileNames = { "file", "fileName", "name", "source", "audioFile", "path" };
        private static readonly string[] ReasonNames = { "reason", "error", "message", "errorMessage", "details", "detail", "errors", "issues" };
        private static readonly string[] StatusNames = { "status", "result", "state", "validation", "kind" };
        private static readonly string[] AcceptedFlags = { "accepted", "isAccepted", "valid", "isValid" };
        private static readonly string[] RejectedFlags = { "rejected", "isRejected" };
        private static readonly string[] AcceptedWords = { "accepted", "succeeded", "success", "valid", "ok", "passed" };
        private static readonly string[] RejectedWords = { "rejected", "failed", "failure", "invalid", "error", "skipped" };

        public static IReadOnlyList<CsrDatasetReportLine> Read(byte[] content, string datasetId)
        {
            var lines = new List<CsrDatasetReportLine>();
            using var document = JsonDocument.Parse(content, new JsonDocumentOptions { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip });
            Collect(document.RootElement, null, null, datasetId, lines);
            return lines;
        }

        private static void Collect(JsonElement element, string? file, bool? acceptedByGroup, string datasetId, List<CsrDatasetReportLine> lines)
        {
            switch (element.ValueKind)
            {
                case JsonValueKind.Array:
                    foreach (var item in element.EnumerateArray())
                        Collect(item, file, acceptedByGroup, datasetId, lines);
                    break;
                case JsonValueKind.Object:
                    var line = AsLine(element, file, acceptedByGroup, datasetId);
                    if (line != null)
                    {
                        lines.Add(line);
                        return;
                    }
                    // A container: its arrays hold the lines (named after a file, or "accepted"/"rejected" groups).
                    var ownFile = Text(element, FileNames) ?? file;
                    foreach (var property in element.EnumerateObject())
                    {
                        if (property.Value.ValueKind != JsonValueKind.Array && property.Value.ValueKind != JsonValueKind.Object)
                            continue;
                        Collect(property.Value, ownFile, GroupVerdict(property.Name) ?? acceptedByGroup, datasetId, lines);
                    }
                    break;
                case JsonValueKind.String when acceptedByGroup.HasValue:
                    // ["line one", "line two"] under an "accepted"/"rejected" group.
                    lines.Add(new CsrDatasetReportLine { DatasetId = datasetId, File = file, Text = element.GetString(), Accepted = acceptedByGroup.Value });
                    break;
            }
        }

        private static CsrDatasetReportLine? AsLine(JsonElement item, string? file, bool? acceptedByGroup, string datasetId)
        {
            var verdict = Flag(item, AcceptedFlags) ?? Invert(Flag(item, RejectedFlags)) ?? WordVerdict(Text(item, StatusNames));
            var reason = Reason(item);
            var text = Text(item, TextNames);
            if (verdict is null && reason is null && !(acceptedByGroup.HasValue && text != null))
                return null;
            return new CsrDatasetReportLine
            {
                DatasetId = datasetId,
                File = Text(item, FileNames) ?? file,
                Line = Number(item, LineNames),
                Text = text,
                Accepted = verdict ?? acceptedByGroup ?? reason is null,
                Reason = reason,
            };
        }

        private static bool? GroupVerdict(string name)
        {
            var lower = name.ToLowerInvariant();
            if (RejectedWords.Any(w => lower.Contains(w)))
                return false;
            if (AcceptedWords.Any(w => lower.Contains(w)))
                return true;
            return null;
        }

        private static bool? WordVerdict(string? status)
        {
            if (status is null)
                return null;
            var lower = status.ToLowerInvariant();
            if (RejectedWords.Any(w => lower.Contains(w)))
                return false;
            if (AcceptedWords.Any(w => lower.Contains(w)))
                return true;
            return null;
        }

        private static bool? Invert(bool? value) => value.HasValue ? !value.Value : (bool?)null;

        private static bool? Flag(JsonElement item, string[] names)
        {
            foreach (var name in names)
            {
                if (TryGet(item, name, out var value) && (value.ValueKind == JsonValueKind.True || value.ValueKind == JsonValueKind.False))
                    return value.GetBoolean();
            }
            return null;
        }

        private static string? Reason(JsonElement item)
        {
            foreach (var name in ReasonNames)
            {
                if (!TryGet(item, name, out var value))
                    continue;
                var text = Describe(value);
                if (!string.IsNullOrWhiteSpace(text))
                    return text;
            }
            return null;
        }

        /// <summary>A reason may be text, {code, message}, or a list of texts.</summary>
        private static string? Describe(JsonElement value) => value.ValueKind switch
        {
            JsonValueKind.String => value.GetString(),
            // Only a list of texts is a reason; a list of objects holds further lines (Collect reads those).
            JsonValueKind.Array when value.EnumerateArray().All(v => v.ValueKind == JsonValueKind.String)
                => string.Join("; ", value.EnumerateArray().Select(v => v.GetString()).Where(t => !string.IsNullOrWhiteSpace(t))),
            JsonValueKind.Object => JoinCodeAndMessage(Text(value, new[] { "code" }), Text(value, new[] { "message", "description", "reason" })),
            _ => null,
        };

        private static string? JoinCodeAndMessage(string? code, string? message)
            => code != null && message != null ? $"{code}: {message}" : message ?? code;

        private static string? Text(JsonElement item, string[] names)
        {
            foreach (var name in names)
            {
                // "line" is a line's text in some layouts and its number in others: a number is not text.
                if (TryGet(item, name, out var value) && value.ValueKind == JsonValueKind.String
                    && !(name == "line" && int.TryParse(value.GetString(), NumberStyles.Integer, CultureInfo.InvariantCulture, out _)))
                    return value.GetString();
            }
            return null;
        }

        private static int? Number(JsonElement item, string[] names)
        {
            foreach (var name in names)
            {
                if (!TryGet(item, name, out var value))
                    continue;
                if (value.ValueKind == JsonValueKind.Number && value.TryGetInt32(out var n))
                    return n;
                if (value.ValueKind == JsonValueKind.String && int.TryParse(value.GetString(), NumberStyles.Integer, CultureInfo.InvariantCulture, out n))
                    return n;
            }
            return null;
        }

        private static bool TryGet(JsonElement item, string name, out JsonElement value)
        {
            foreach (var property in item.EnumerateObject())
            {
                if (string.Equals(property.Name, name, StringComparison.OrdinalIgnoreCase))
                {
                    value = property.Value;
                    return true;
                }
            }
            value = default;
            return false;
        }
    }
}
