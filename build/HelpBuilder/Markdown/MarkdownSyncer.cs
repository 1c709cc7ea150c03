using SpeechCustom.HelpBuilder.Metadata;

namespace SpeechCustom.HelpBuilder.Markdown;

/// <summary>
/// Brings a cmdlet's markdown in line with the cmdlet (what platyPS's Update-MarkdownHelp does): regenerates the
/// SYNTAX section and every parameter's yaml block from the live metadata, adds a section for each parameter that has
/// none (a placeholder description, or the standard text of -WhatIf/-Confirm), orders the parameters as platyPS's
/// -AlphabeticParamsOrder does and ends with the CommonParameters section. Prose is never touched; a documented
/// parameter that no longer exists is kept (the check reports it).
/// </summary>
internal static class MarkdownSyncer
{
    public static string Sync(string text, CommandModel command)
    {
        var lines = MarkdownBlocks.Lines(text);
        var (preamble, sections) = MarkdownBlocks.Split(lines, 2);
        var result = new List<MarkdownSection>();
        var hasSyntax = sections.Any(s => s.Title.Equals("SYNTAX", StringComparison.OrdinalIgnoreCase));
        foreach (var section in sections)
        {
            if (section.Title.Equals("SYNTAX", StringComparison.OrdinalIgnoreCase))
                result.Add(section with { Body = Syntax(command) });
            else if (section.Title.Equals("PARAMETERS", StringComparison.OrdinalIgnoreCase))
                result.Add(section with { Body = Parameters(section.Body, command) });
            else
                result.Add(section);
            if (!hasSyntax && section.Title.Equals("SYNOPSIS", StringComparison.OrdinalIgnoreCase))
                result.Add(new MarkdownSection("## SYNTAX", Syntax(command)));
        }

        var output = new List<string>(TrimEnd(preamble));
        foreach (var section in result)
        {
            // Generated sections start with a blank line (platyPS layout); hand-written ones keep the author's layout.
            output.Add(string.Empty);
            output.Add(section.Heading);
            output.AddRange(TrimEnd(section.Body));
        }
        return string.Join("\n", TrimBoth(output)) + "\n";
    }

    private static List<string> Syntax(CommandModel command)
    {
        var body = new List<string> { string.Empty };
        foreach (var set in command.ParameterSets)
        {
            if (command.HasNamedSets)
            {
                body.Add($"### {set.Name}{(set.IsDefault && command.ParameterSets.Count > 1 ? " (Default)" : string.Empty)}");
            }
            body.Add("```");
            body.Add(set.Syntax);
            body.Add("```");
            body.Add(string.Empty);
        }
        return body;
    }

    private static List<string> Parameters(IReadOnlyList<string> body, CommandModel command)
    {
        var (preamble, existing) = MarkdownBlocks.Split(body, 3);
        var documented = new Dictionary<string, List<string>>(StringComparer.OrdinalIgnoreCase);
        var unknown = new List<MarkdownSection>();
        foreach (var section in existing)
        {
            if (!section.Title.StartsWith('-'))
                continue; // CommonParameters: rewritten below.
            var name = section.Title[1..].Trim();
            if (command.Parameter(name) is null)
                unknown.Add(section);
            else
                documented[name] = TrimBoth(MarkdownReader.DescriptionLines(section.Body));
        }

        var sections = new List<(string Name, List<string> Lines)>();
        foreach (var parameter in command.Parameters)
        {
            var description = documented.TryGetValue(parameter.Name, out var lines) && lines.Count > 0
                ? lines
                : new List<string> { StandardText.For(parameter.Name) ?? StandardText.Placeholder(parameter.Name) };
            var section = new List<string> { "### -" + parameter.Name };
            section.AddRange(description);
            section.Add(string.Empty);
            section.AddRange(Yaml(parameter, command));
            sections.Add((parameter.Name, section));
        }
        foreach (var section in unknown)
            sections.Add((section.Title[1..].Trim(), new List<string> { section.Heading }.Concat(TrimBoth(section.Body)).ToList()));

        var result = new List<string>();
        foreach (var line in TrimBoth(preamble))
            result.Add(line);
        foreach (var (_, lines2) in sections.OrderBy(s => s.Name, ParameterOrder.Instance))
        {
            result.Add(string.Empty);
            result.AddRange(lines2);
        }
        result.Add(string.Empty);
        result.Add("### CommonParameters");
        result.Add(StandardText.CommonParameters);
        return result;
    }

    /// <summary>One yaml block per distinct behaviour across parameter sets, as platyPS writes them.</summary>
    public static List<string> Yaml(ParameterModel parameter, CommandModel command)
    {
        var groups = parameter.Usages
            .GroupBy(u => (u.Mandatory, u.Position, u.ByValue, u.ByPropertyName))
            .ToList();
        var inEverySet = parameter.Usages.Count == command.ParameterSets.Count;
        var lines = new List<string>();
        foreach (var group in groups)
        {
            var sets = groups.Count == 1 && (inEverySet || !command.HasNamedSets) ? "(All)" : string.Join(", ", group.Select(u => u.SetName));
            if (lines.Count > 0)
                lines.Add(string.Empty);
            lines.Add("```yaml");
            lines.Add("Type: " + parameter.TypeName);
            lines.Add("Parameter Sets: " + sets);
            lines.Add(("Aliases: " + string.Join(", ", parameter.Aliases)).TrimEnd());
            if (parameter.AcceptedValues.Count > 0)
                lines.Add("Accepted values: " + string.Join(", ", parameter.AcceptedValues));
            lines.Add(string.Empty);
            lines.Add("Required: " + (group.Key.Mandatory ? "True" : "False"));
            lines.Add("Position: " + (group.Key.Position?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "Named"));
            lines.Add("Default value: " + parameter.DefaultValue);
            lines.Add("Accept pipeline input: " + PipelineInputText.For(group.Key.ByValue, group.Key.ByPropertyName));
            lines.Add("Accept wildcard characters: " + (parameter.Globbing ? "True" : "False"));
            lines.Add("```");
        }
        return lines;
    }

    private static List<string> TrimBoth(IEnumerable<string> lines)
    {
        var list = lines.Select(l => l.TrimEnd()).ToList();
        while (list.Count > 0 && list[0].Length == 0)
            list.RemoveAt(0);
        return TrimEnd(list);
    }

    private static List<string> TrimEnd(IEnumerable<string> lines)
    {
        var list = lines.Select(l => l.TrimEnd()).ToList();
        while (list.Count > 0 && list[^1].Length == 0)
            list.RemoveAt(list.Count - 1);
        return list;
    }
}
