using System.Text.RegularExpressions;

namespace SpeechCustom.HelpBuilder.Markdown;

/// <summary>
/// Reads a platyPS v1 cmdlet markdown file: YAML front matter, "# Name", then ## SYNOPSIS, SYNTAX, DESCRIPTION,
/// EXAMPLES (### Example N: title, code fences, remarks), PARAMETERS (### -Name, description, yaml block),
/// INPUTS/OUTPUTS (### TypeName), NOTES and RELATED LINKS ([text](uri) lines).
/// </summary>
internal static partial class MarkdownReader
{
    public static CommandDoc Read(string path) => Parse(path, File.ReadAllText(path));

    public static CommandDoc Parse(string path, string text)
    {
        var lines = MarkdownBlocks.Lines(text);
        var frontMatter = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        var start = 0;
        if (lines.Count > 0 && lines[0].Trim() == "---")
        {
            var end = lines.FindIndex(1, l => l.Trim() == "---");
            if (end > 0)
            {
                foreach (var line in lines.Skip(1).Take(end - 1))
                {
                    var colon = line.IndexOf(':');
                    if (colon > 0)
                        frontMatter[line[..colon].Trim()] = line[(colon + 1)..].Trim();
                }
                start = end + 1;
            }
        }

        var (preamble, sections) = MarkdownBlocks.Split(lines.Skip(start).ToList(), 2);
        var name = preamble.FirstOrDefault(l => l.StartsWith("# ", StringComparison.Ordinal))?[2..].Trim();
        MarkdownSection? Section(string title) => sections.FirstOrDefault(s => string.Equals(s.Title, title, StringComparison.OrdinalIgnoreCase));
        List<string> Prose(string title) => Section(title) is { } s ? MarkdownBlocks.Paragraphs(s.Body) : new List<string>();

        return new CommandDoc
        {
            Path = path,
            Name = name,
            FrontMatter = frontMatter,
            Sections = sections.Select(s => s.Title).ToList(),
            Synopsis = Prose("SYNOPSIS"),
            Description = Prose("DESCRIPTION"),
            Examples = Section("EXAMPLES") is { } examples ? ReadExamples(examples) : new List<ExampleDoc>(),
            Parameters = Section("PARAMETERS") is { } parameters ? ReadParameters(parameters) : new List<ParameterDoc>(),
            Inputs = Section("INPUTS") is { } inputs ? ReadTypes(inputs) : new List<TypeDoc>(),
            Outputs = Section("OUTPUTS") is { } outputs ? ReadTypes(outputs) : new List<TypeDoc>(),
            Notes = Prose("NOTES"),
            Links = Section("RELATED LINKS") is { } links ? ReadLinks(links, frontMatter) : new List<LinkDoc>(),
        };
    }

    private static List<ExampleDoc> ReadExamples(MarkdownSection section)
    {
        var (_, examples) = MarkdownBlocks.Split(section.Body, 3);
        return examples.Select(e =>
        {
            var code = string.Join("\n\n", MarkdownBlocks.Fences(e.Body).Select(f => f.Code));
            var remarks = MarkdownBlocks.Paragraphs(MarkdownBlocks.OutsideFences(e.Body));
            return new ExampleDoc(e.Title, code, remarks);
        }).ToList();
    }

    private static List<ParameterDoc> ReadParameters(MarkdownSection section)
    {
        var (_, parameters) = MarkdownBlocks.Split(section.Body, 3);
        return parameters
            .Where(p => p.Title.StartsWith('-'))
            .Select(p => new ParameterDoc(p.Title[1..].Trim(), MarkdownBlocks.Paragraphs(DescriptionLines(p.Body))))
            .ToList();
    }

    /// <summary>A parameter's prose: everything before its first ```yaml block.</summary>
    public static List<string> DescriptionLines(IReadOnlyList<string> body)
    {
        var yaml = body.ToList().FindIndex(l => l.TrimStart().StartsWith("```yaml", StringComparison.OrdinalIgnoreCase));
        return (yaml < 0 ? body : body.Take(yaml)).ToList();
    }

    private static List<TypeDoc> ReadTypes(MarkdownSection section)
    {
        var (_, types) = MarkdownBlocks.Split(section.Body, 3);
        return types.Select(t => new TypeDoc(t.Title, MarkdownBlocks.Paragraphs(t.Body))).ToList();
    }

    private static List<LinkDoc> ReadLinks(MarkdownSection section, IReadOnlyDictionary<string, string> frontMatter)
    {
        var links = new List<LinkDoc>();
        if (frontMatter.TryGetValue("online version", out var online) && online.Length > 0)
            links.Add(new LinkDoc("Online Version:", online));
        foreach (var line in MarkdownBlocks.OutsideFences(section.Body).Select(l => l.Trim()).Where(l => l.Length > 0))
        {
            var match = Link().Match(line);
            links.Add(match.Success ? new LinkDoc(match.Groups["text"].Value, match.Groups["uri"].Value) : new LinkDoc(line, string.Empty));
        }
        return links;
    }

    [GeneratedRegex(@"^\[(?<text>[^\]]*)\]\((?<uri>[^)]*)\)")]
    private static partial Regex Link();
}
