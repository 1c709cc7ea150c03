using System.Text;
using System.Xml;
using System.Xml.Linq;
using SpeechCustom.HelpBuilder.Markdown;
using SpeechCustom.HelpBuilder.Metadata;

namespace SpeechCustom.HelpBuilder.Maml;

/// <summary>
/// Writes the module's MAML help (SpeechCustom.dll-Help.xml) in the shape platyPS produces and PowerShell's help system
/// reads: helpItems / command:command with details, description, syntax, parameters, inputTypes, returnValues,
/// alertSet, examples and relatedLinks. Facts about parameters come from the live cmdlet; words from the markdown.
/// The output depends only on its inputs (fixed order, no dates), so a committed copy can be checked for freshness.
/// </summary>
internal static class MamlWriter
{
    private static readonly XNamespace Msh = "http://msh";
    private static readonly XNamespace MamlNs = "http://schemas.microsoft.com/maml/2004/10";
    private static readonly XNamespace CommandNs = "http://schemas.microsoft.com/maml/dev/command/2004/10";
    private static readonly XNamespace DevNs = "http://schemas.microsoft.com/maml/dev/2004/10";
    private static readonly XNamespace MsHelpNs = "http://msdn.microsoft.com/mshelp";

    public static string Write(IEnumerable<(CommandModel Command, CommandDoc? Doc)> commands)
    {
        var document = new XDocument(
            new XDeclaration("1.0", "utf-8", null),
            new XElement(Msh + "helpItems", new XAttribute("schema", "maml"), commands.Select(c => Command(c.Command, c.Doc))));

        var settings = new XmlWriterSettings
        {
            Encoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false),
            Indent = true,
            IndentChars = "  ",
            NewLineChars = "\n",
            NewLineHandling = NewLineHandling.Replace,
        };
        using var stream = new MemoryStream();
        using (var writer = XmlWriter.Create(stream, settings))
            document.Save(writer);
        return Encoding.UTF8.GetString(stream.ToArray()) + "\n";
    }

    private static XElement Command(CommandModel command, CommandDoc? doc) => new(CommandNs + "command",
        new XAttribute(XNamespace.Xmlns + "maml", MamlNs),
        new XAttribute(XNamespace.Xmlns + "command", CommandNs),
        new XAttribute(XNamespace.Xmlns + "dev", DevNs),
        new XAttribute(XNamespace.Xmlns + "MSHelp", MsHelpNs),
        new XElement(CommandNs + "details",
            new XElement(CommandNs + "name", command.Name),
            new XElement(CommandNs + "verb", command.Verb),
            new XElement(CommandNs + "noun", command.Noun),
            new XElement(MamlNs + "description", Paragraphs(doc?.Synopsis))),
        new XElement(MamlNs + "description", Paragraphs(doc?.Description)),
        new XElement(CommandNs + "syntax", command.ParameterSets.Select(set => SyntaxItem(command, set, doc))),
        new XElement(CommandNs + "parameters", command.Parameters.Select(p => Parameter(p, null, doc))),
        new XElement(CommandNs + "inputTypes", TypeEntries(doc?.Inputs, "inputType")),
        new XElement(CommandNs + "returnValues", TypeEntries(doc?.Outputs, "returnValue")),
        new XElement(MamlNs + "alertSet", new XElement(MamlNs + "alert", Paragraphs(doc?.Notes))),
        new XElement(CommandNs + "examples", (doc?.Examples ?? Array.Empty<ExampleDoc>()).Select(Example)),
        new XElement(CommandNs + "relatedLinks", (doc?.Links ?? Array.Empty<LinkDoc>()).Select(Link)));

    private static XElement SyntaxItem(CommandModel command, ParameterSetModel set, CommandDoc? doc) => new(CommandNs + "syntaxItem",
        new XElement(MamlNs + "name", command.Name),
        set.ParameterNames.Select(name => Parameter(command.Parameter(name)!, set.Name, doc)));

    /// <summary>A parameter as it behaves in <paramref name="setName"/> (syntax), or across all its sets (null).</summary>
    private static XElement Parameter(ParameterModel parameter, string? setName, CommandDoc? doc)
    {
        var usage = setName is null ? null : parameter.UsageIn(setName);
        var required = usage?.Mandatory ?? parameter.AlwaysMandatory;
        var position = usage is null ? parameter.CommonPosition : usage.Position;
        var pipeline = usage is null
            ? PipelineInputText.For(parameter.ByValue, parameter.ByPropertyName)
            : PipelineInputText.For(usage.ByValue, usage.ByPropertyName);
        var inSyntax = setName != null;

        return new XElement(CommandNs + "parameter",
            new XAttribute("required", required ? "true" : "false"),
            new XAttribute("variableLength", "true"),
            new XAttribute("globbing", parameter.Globbing ? "true" : "false"),
            new XAttribute("pipelineInput", pipeline),
            new XAttribute("position", position?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "named"),
            new XAttribute("aliases", parameter.Aliases.Count > 0 ? string.Join(", ", parameter.Aliases) : "none"),
            new XElement(MamlNs + "name", parameter.Name),
            new XElement(MamlNs + "Description", Paragraphs(DescriptionOf(parameter, doc))),
            inSyntax && parameter.AcceptedValues.Count > 0
                ? new XElement(CommandNs + "parameterValueGroup", parameter.AcceptedValues.Select(v =>
                    new XElement(CommandNs + "parameterValue", new XAttribute("required", "false"), new XAttribute(CommandNs + "variableLength", "false"), v)))
                : null,
            inSyntax && parameter.IsSwitch
                ? null
                : new XElement(CommandNs + "parameterValue",
                    new XAttribute("required", parameter.IsSwitch ? "false" : "true"),
                    new XAttribute("variableLength", "false"),
                    parameter.TypeName),
            new XElement(DevNs + "type", new XElement(MamlNs + "name", parameter.TypeName), new XElement(MamlNs + "uri")),
            new XElement(DevNs + "defaultValue", parameter.DefaultValue));
    }

    /// <summary>The markdown's words, else PowerShell's standard text for -WhatIf/-Confirm.</summary>
    public static IReadOnlyList<string> DescriptionOf(ParameterModel parameter, CommandDoc? doc)
    {
        var documented = doc?.Parameter(parameter.Name);
        if (documented is { IsDescribed: true })
            return documented.Description;
        return StandardText.For(parameter.Name) is { } standard ? new[] { standard } : Array.Empty<string>();
    }

    private static IEnumerable<XElement> TypeEntries(IReadOnlyList<TypeDoc>? types, string element)
    {
        var list = types is { Count: > 0 } ? types : new[] { new TypeDoc("None", Array.Empty<string>()) };
        return list.Select(t => new XElement(CommandNs + element,
            new XElement(DevNs + "type", new XElement(MamlNs + "name", t.TypeName)),
            new XElement(MamlNs + "description", Paragraphs(t.Description))));
    }

    private static XElement Example(ExampleDoc example) => new(CommandNs + "example",
        new XElement(MamlNs + "title", PadTitle(example.Title)),
        new XElement(DevNs + "code", example.Code),
        new XElement(DevNs + "remarks", Paragraphs(example.Remarks)));

    /// <summary>A link; a target that is not an absolute URI (about_ topics, other cmdlets) has an empty uri, as in platyPS.</summary>
    private static XElement Link(LinkDoc link) => new(MamlNs + "navigationLink",
        new XElement(MamlNs + "linkText", link.Text),
        new XElement(MamlNs + "uri", Uri.TryCreate(link.Uri, UriKind.Absolute, out _) ? link.Uri : string.Empty));

    private static IEnumerable<XElement> Paragraphs(IReadOnlyList<string>? paragraphs)
    {
        if (paragraphs is null || paragraphs.Count == 0)
            return new[] { new XElement(MamlNs + "para", string.Empty) };
        return paragraphs.Select(p => new XElement(MamlNs + "para", p));
    }

    /// <summary>
    /// platyPS pads example titles with dashes to 64 characters so they stand out in Get-Help -Examples; longer titles
    /// keep three dashes on each side here (platyPS leaves them bare) so every example starts the same way.
    /// </summary>
    private static string PadTitle(string title)
    {
        if (string.IsNullOrWhiteSpace(title))
            return title;
        var pad = new string('-', Math.Max(3, (64 - title.Length - 2) / 2));
        return $"{pad} {title} {pad}";
    }
}
