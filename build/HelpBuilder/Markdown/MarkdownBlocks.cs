using System.Text.RegularExpressions;

namespace SpeechCustom.HelpBuilder.Markdown;

/// <summary>A heading and the lines under it, up to the next heading of the same or a higher level.</summary>
internal sealed record MarkdownSection(string Heading, IReadOnlyList<string> Body)
{
    /// <summary>The heading text without the leading #s ("SYNOPSIS", "-Region", "Example 1: ...").</summary>
    public string Title => Heading.TrimStart('#').Trim();
}

/// <summary>Line-level markdown structure: splitting by headings outside code fences, paragraphs, fences.</summary>
internal static partial class MarkdownBlocks
{
    public static bool IsFence(string line) => line.TrimStart().StartsWith("```", StringComparison.Ordinal);

    /// <summary>
    /// Splits <paramref name="lines"/> at headings of exactly <paramref name="level"/> #s (ignoring # lines inside code
    /// fences, where PowerShell comments live). Returns the lines before the first heading and the sections.
    /// </summary>
    public static (List<string> Preamble, List<MarkdownSection> Sections) Split(IReadOnlyList<string> lines, int level)
    {
        var marker = new string('#', level) + " ";
        var preamble = new List<string>();
        var sections = new List<MarkdownSection>();
        string? heading = null;
        var body = new List<string>();
        var inFence = false;
        foreach (var line in lines)
        {
            if (IsFence(line))
                inFence = !inFence;
            else if (!inFence && line.StartsWith(marker, StringComparison.Ordinal))
            {
                if (heading is null)
                    preamble.AddRange(body);
                else
                    sections.Add(new MarkdownSection(heading, body));
                heading = line.TrimEnd();
                body = new List<string>();
                continue;
            }
            body.Add(line);
        }
        if (heading is null)
            preamble.AddRange(body);
        else
            sections.Add(new MarkdownSection(heading, body));
        return (preamble, sections);
    }

    /// <summary>
    /// The prose of <paramref name="lines"/> as help paragraphs: blank lines separate paragraphs; wrapped lines are
    /// joined with a space; list items and hard breaks start a new line; a fenced block stays verbatim.
    /// </summary>
    public static List<string> Paragraphs(IEnumerable<string> lines)
    {
        var result = new List<string>();
        var current = new System.Text.StringBuilder();
        var breakNext = false;
        List<string>? fence = null;

        void Flush()
        {
            if (current.Length > 0)
                result.Add(current.ToString());
            current.Clear();
            breakNext = false;
        }

        foreach (var raw in lines)
        {
            if (fence != null)
            {
                if (IsFence(raw))
                {
                    result.Add(string.Join("\n", fence));
                    fence = null;
                }
                else
                    fence.Add(raw.TrimEnd());
                continue;
            }
            if (IsFence(raw))
            {
                Flush();
                fence = new List<string>();
                continue;
            }
            var text = raw.Trim();
            if (text.Length == 0)
            {
                Flush();
                continue;
            }
            var hardBreak = raw.EndsWith("  ", StringComparison.Ordinal) || text.EndsWith('\\');
            if (text.EndsWith('\\'))
                text = text[..^1].TrimEnd();
            if (current.Length > 0)
                current.Append(breakNext || ListItem().IsMatch(text) ? "\n" : " ");
            current.Append(text);
            breakNext = hardBreak;
        }
        if (fence != null)
            result.Add(string.Join("\n", fence));
        Flush();
        return result;
    }

    /// <summary>The contents of every fenced block in <paramref name="lines"/>, with the fence's language tag.</summary>
    public static List<(string Language, string Code)> Fences(IEnumerable<string> lines)
    {
        var result = new List<(string, string)>();
        List<string>? block = null;
        var language = string.Empty;
        foreach (var line in lines)
        {
            if (IsFence(line))
            {
                if (block is null)
                {
                    block = new List<string>();
                    language = line.Trim().TrimStart('`').Trim();
                }
                else
                {
                    result.Add((language, string.Join("\n", block).TrimEnd()));
                    block = null;
                }
            }
            else
                block?.Add(line.TrimEnd());
        }
        return result;
    }

    /// <summary>The lines outside fenced blocks.</summary>
    public static IEnumerable<string> OutsideFences(IEnumerable<string> lines)
    {
        var inFence = false;
        foreach (var line in lines)
        {
            if (IsFence(line))
            {
                inFence = !inFence;
                continue;
            }
            if (!inFence)
                yield return line;
        }
    }

    public static List<string> Lines(string text)
        => text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n').Split('\n').ToList();

    [GeneratedRegex(@"^\s*([-*+]|\d+\.)\s+")]
    private static partial Regex ListItem();
}
