namespace SpeechCustom.Engine.Models.SpeechToText
{
    /// <summary>One line (or file) of a dataset's import report: whether the service accepted it and, if not, why.</summary>
    public sealed class CsrDatasetReportLine : ServiceObject
    {
        public string? DatasetId { get; set; }

        /// <summary>The data file the line is in (for archives), when the report names it.</summary>
        public string? File { get; set; }

        /// <summary>The line number, when the report gives one.</summary>
        public int? Line { get; set; }

        /// <summary>The text of the line, when the report quotes it.</summary>
        public string? Text { get; set; }

        public bool Accepted { get; set; }

        /// <summary>Accepted or Rejected.</summary>
        public string Status => Accepted ? "Accepted" : "Rejected";

        /// <summary>Why the line was rejected.</summary>
        public string? Reason { get; set; }

        public override string ToString() => $"{Status} {File}:{Line} {Reason}".Trim();
    }
}
