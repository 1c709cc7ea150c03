using System.IO.Compression;
using System.Security.Cryptography;
using System.Text;
using SpeechCustom.MockServer.SpeechToText.Content;

namespace SpeechCustom.MockServer.SpeechToText.Datasets;

/// <summary>How a dataset's data arrived.</summary>
internal enum DatasetDataSource
{
    /// <summary>Generated from the contentUrl (the mock does not fetch it).</summary>
    ContentUrl,

    /// <summary>PUT blocks + POST blocks:commit.</summary>
    Blocks,

    /// <summary>v3.x multipart POST /datasets/upload.</summary>
    Multipart,
}

/// <summary>
/// The data of a dataset (uploaded bytes, or generated for a contentUrl) and its import analysis, both computed once
/// and lazily: text lines (every 7th non-empty line rejected), acoustic zips (trans.txt lines, durations from the WAV
/// headers), audio zips (one entry per audio file).
/// </summary>
internal sealed class DatasetData
{
    private readonly Lazy<byte[]> _bytes;
    private readonly Lazy<DatasetAnalysis> _analysis;
    private readonly Lazy<string> _sha256;

    public DatasetData(string fileName, DatasetDataSource source, int blockCount, string kind, string locale, Func<byte[]> bytes)
    {
        FileName = fileName;
        Source = source;
        BlockCount = blockCount;
        _bytes = new Lazy<byte[]>(bytes, LazyThreadSafetyMode.ExecutionAndPublication);
        _analysis = new Lazy<DatasetAnalysis>(() => DatasetAnalysis.Of(kind, locale, _bytes.Value), LazyThreadSafetyMode.ExecutionAndPublication);
        _sha256 = new Lazy<string>(() => Convert.ToHexStringLower(SHA256.HashData(_bytes.Value)), LazyThreadSafetyMode.ExecutionAndPublication);
    }

    public string FileName { get; }

    public DatasetDataSource Source { get; }

    public int BlockCount { get; }

    public byte[] Bytes => _bytes.Value;

    public string Sha256 => _sha256.Value;

    public DatasetAnalysis Analysis => _analysis.Value;

    public static string DefaultFileName(string kind) => kind switch
    {
        DatasetKinds.Acoustic or DatasetKinds.AudioFiles => "data.zip",
        DatasetKinds.LanguageMarkdown => "data.md",
        _ => "data.txt",
    };

    /// <summary>What the service would have found at a contentUrl: plausible data of the kind, chosen by the URL.</summary>
    public static DatasetData Generated(string kind, string locale, string contentUrl)
    {
        var seed = Deterministic.Hash(contentUrl);
        var name = Path.GetFileName(new Uri(contentUrl).AbsolutePath);
        return new DatasetData(name.Length > 0 && Path.HasExtension(name) ? name : DefaultFileName(kind), DatasetDataSource.ContentUrl, 0, kind, locale, () => Generate(kind, locale, seed));
    }

    private static byte[] Generate(string kind, string locale, ulong seed)
    {
        var sentences = Enumerable.Range(0, 42).Select(i => SampleSentences.Pick(locale, seed, i)).ToList();
        return kind switch
        {
            DatasetKinds.Acoustic => Zip(seed, sentences.Take(13).ToList(), withTranscript: true),
            DatasetKinds.AudioFiles => Zip(seed, sentences.Take(8).ToList(), withTranscript: false),
            DatasetKinds.Pronunciation => Encoding.UTF8.GetBytes(string.Join('\n', Pronunciations) + "\n"),
            DatasetKinds.LanguageMarkdown => Encoding.UTF8.GetBytes("# Domain phrases\n" + string.Join('\n', sentences.Take(20).Select(s => "- " + s.Display)) + "\n"),
            DatasetKinds.OutputFormatting => Encoding.UTF8.GetBytes(string.Join('\n', sentences.Take(21).Select(s => s.Display)) + "\n"),
            _ => Encoding.UTF8.GetBytes(string.Join('\n', sentences.Select(s => s.Display)) + "\n"),
        };
    }

    private static readonly string[] Pronunciations =
    [
        "3CPO\tthree c p o", "CNTK\tc n t k", "IEEE\ti triple e", "Contoso\tcon toe so", "Fabrikam\tfab ri kam",
        "Northwind\tnorth wind", "SQL\tsequel", "Azure\tazh er", "Tailspin\ttail spin", "Wingtip\twing tip",
        "Adatum\ta day tum", "Litware\tlit ware", "Proseware\tprose ware", "Woodgrove\twood grove",
    ];

    private static byte[] Zip(ulong seed, IReadOnlyList<Sentence> sentences, bool withTranscript)
    {
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            var transcript = new StringBuilder();
            for (var i = 0; i < sentences.Count; i++)
            {
                var name = $"audio_{i + 1:000}.wav";
                var seconds = Deterministic.Pick(seed, 100 + i, 2000, 5000) / 1000.0;
                using (var entry = zip.CreateEntry(name, CompressionLevel.Fastest).Open())
                {
                    entry.Write(WavHeader.Silence(TimeSpan.FromSeconds(seconds)));
                }

                transcript.Append(name).Append('\t').Append(sentences[i].Lexical).Append('\n');
            }

            if (withTranscript)
            {
                using var entry = zip.CreateEntry("trans.txt", CompressionLevel.Fastest).Open();
                entry.Write(Encoding.UTF8.GetBytes(transcript.ToString()));
            }
        }

        return buffer.ToArray();
    }
}

/// <summary>One line (or audio file) of a dataset as the import judged it.</summary>
internal sealed record DatasetLine(int LineNumber, string Text, string? Reason, TimeSpan? Duration)
{
    public bool IsAccepted => Reason is null;
}

/// <summary>The import outcome: accepted and rejected lines (with reasons) and, for audio kinds, the total duration.</summary>
internal sealed class DatasetAnalysis
{
    private const int MaxReportedTextLength = 200;
    private static readonly string[] AudioExtensions = [".wav", ".mp3", ".ogg", ".opus", ".flac", ".m4a"];

    private DatasetAnalysis(IReadOnlyList<DatasetLine> lines, bool hasDuration)
    {
        Lines = lines;
        AcceptedLineCount = lines.Count(l => l.IsAccepted);
        RejectedLineCount = lines.Count - AcceptedLineCount;
        Duration = hasDuration ? lines.Where(l => l.IsAccepted).Aggregate(TimeSpan.Zero, (sum, l) => sum + (l.Duration ?? TimeSpan.Zero)) : null;
    }

    public IReadOnlyList<DatasetLine> Lines { get; }

    public int AcceptedLineCount { get; }

    public int RejectedLineCount { get; }

    /// <summary>Total audio duration of the accepted lines (Acoustic, AudioFiles); null for text kinds.</summary>
    public TimeSpan? Duration { get; }

    /// <summary>The audio file names of the accepted lines (sources of a transcription or evaluation of this dataset).</summary>
    public IEnumerable<string> AudioNames => Lines.Where(l => l.IsAccepted).Select(l => l.Text.Split('\t')[0]);

    public static DatasetAnalysis Of(string kind, string locale, byte[] data) => kind switch
    {
        DatasetKinds.Acoustic => Acoustic(locale, data),
        DatasetKinds.AudioFiles => AudioFiles(data),
        _ => new DatasetAnalysis(TextLines(data, textReason: $"The line contains characters that are not supported in locale {locale} and was removed by text normalization."), hasDuration: false),
    };

    /// <summary>The DatasetReport file: counts plus every accepted and rejected line (rejected ones with the reason).</summary>
    public byte[] Report(string kind, string locale)
    {
        var report = new Dictionary<string, object?>
        {
            ["kind"] = kind,
            ["locale"] = locale,
            ["acceptedLineCount"] = AcceptedLineCount,
            ["rejectedLineCount"] = RejectedLineCount,
        };
        if (Duration is { } duration)
        {
            report["duration"] = System.Xml.XmlConvert.ToString(duration);
            report["durationMilliseconds"] = (long)duration.TotalMilliseconds;
        }

        report["acceptedLines"] = Lines.Where(l => l.IsAccepted).Select(l => new { lineNumber = l.LineNumber, text = Short(l.Text) });
        report["rejectedLines"] = Lines.Where(l => !l.IsAccepted).Select(l => new { lineNumber = l.LineNumber, text = Short(l.Text), reason = l.Reason });
        return Http.JsonDefaults.Serialize(report);
    }

    private static string Short(string text) => text.Length <= MaxReportedTextLength ? text : text[..MaxReportedTextLength] + "...";

    private static List<DatasetLine> TextLines(byte[] data, string textReason)
    {
        var text = Encoding.UTF8.GetString(data.AsSpan().StartsWith("\uFEFF"u8) ? data.AsSpan(3) : data);
        var lines = new List<DatasetLine>();
        var number = 0;
        var counted = 0;
        foreach (var raw in text.Split('\n'))
        {
            number++;
            var line = raw.TrimEnd('\r');
            if (line.Trim().Length == 0)
            {
                continue;
            }

            counted++;
            lines.Add(new DatasetLine(number, line, counted % 7 == 0 ? textReason : null, null));
        }

        return lines;
    }

    private static DatasetAnalysis Acoustic(string locale, byte[] data)
    {
        var reason = "The transcript does not match the audio: the audio file is missing from the archive or shorter than the transcript requires.";
        var zip = OpenZip(data);
        if (zip is null)
        {
            return new DatasetAnalysis(WithDurations(TextLines(data, reason)), hasDuration: true);
        }

        using (zip)
        {
            var transcript = zip.Entries.FirstOrDefault(e => e.FullName.EndsWith(".txt", StringComparison.OrdinalIgnoreCase));
            if (transcript is null)
            {
                return AudioEntries(zip);
            }

            using var stream = transcript.Open();
            using var copy = new MemoryStream();
            stream.CopyTo(copy);
            var lines = TextLines(copy.ToArray(), reason)
                .Select(line => line.IsAccepted ? line with { Duration = AudioDuration(zip, line.Text.Split('\t')[0]) ?? Guessed(line.Text) } : line)
                .ToList();
            return new DatasetAnalysis(lines, hasDuration: true);
        }
    }

    private static DatasetAnalysis AudioFiles(byte[] data)
    {
        var zip = OpenZip(data);
        if (zip is null)
        {
            return new DatasetAnalysis([new DatasetLine(1, "audio.wav", null, WavHeader.Duration(data) ?? Guessed(data.Length.ToString(System.Globalization.CultureInfo.InvariantCulture)))], hasDuration: true);
        }

        using (zip)
        {
            return AudioEntries(zip);
        }
    }

    private static DatasetAnalysis AudioEntries(ZipArchive zip)
    {
        var lines = zip.Entries
            .Where(e => AudioExtensions.Contains(Path.GetExtension(e.FullName).ToLowerInvariant()))
            .Select((e, i) => new DatasetLine(i + 1, e.FullName, null, AudioDuration(zip, e.FullName) ?? Guessed(e.FullName)))
            .ToList();
        return new DatasetAnalysis(lines, hasDuration: true);
    }

    private static List<DatasetLine> WithDurations(List<DatasetLine> lines) =>
        [.. lines.Select(l => l.IsAccepted ? l with { Duration = Guessed(l.Text) } : l)];

    private static TimeSpan Guessed(string text) =>
        TimeSpan.FromMilliseconds(Deterministic.Pick(Deterministic.Hash(text), 0, 2000, 8000));

    private static TimeSpan? AudioDuration(ZipArchive zip, string name)
    {
        var entry = zip.GetEntry(name) ?? zip.Entries.FirstOrDefault(e => e.Name == name);
        if (entry is null)
        {
            return null;
        }

        using var stream = entry.Open();
        var header = new byte[Math.Min(entry.Length, 4096)];
        stream.ReadExactly(header);
        return WavHeader.Duration(header);
    }

    private static ZipArchive? OpenZip(byte[] data)
    {
        if (data.Length < 4 || data[0] != 'P' || data[1] != 'K')
        {
            return null;
        }

        try
        {
            return new ZipArchive(new MemoryStream(data, writable: false), ZipArchiveMode.Read);
        }
        catch (InvalidDataException)
        {
            return null;
        }
    }
}
