using SpeechCustom.HelpBuilder.Markdown;
using SpeechCustom.HelpBuilder.Metadata;

namespace SpeechCustom.HelpBuilder.Checks;

/// <summary>
/// Everything that makes the help wrong or incomplete, as one list: a cmdlet without a page, a page without a cmdlet,
/// an empty synopsis or description, no example, a parameter without a description, a documented parameter that does
/// not exist, an OUTPUTS section that misses a declared output type, markdown whose SYNTAX or parameter yaml no longer
/// matches the cmdlet, and a generated file that is out of date.
/// </summary>
internal sealed class HelpChecker(string repoRoot)
{
    private const string ExpectedHelpFile = "SpeechCustom.dll-Help.xml";
    private const string ExpectedModule = "SpeechCustom";

    private readonly List<string> problems = new();

    public IReadOnlyList<string> Problems => problems;

    public void CheckPages(IReadOnlyList<CommandModel> commands, string docsDir, IReadOnlyDictionary<string, CommandDoc> docs)
    {
        foreach (var command in commands)
        {
            if (!docs.TryGetValue(command.Name, out var doc))
            {
                Add($"{command.Name}: no help page; create {Relative(Path.Combine(docsDir, command.Name + ".md"))} (run with --update-docs to start one).");
                continue;
            }
            CheckPage(command, doc);
        }
        foreach (var doc in docs.Values.Where(d => !commands.Any(c => c.Name.Equals(Path.GetFileNameWithoutExtension(d.Path), StringComparison.OrdinalIgnoreCase))))
            Add($"{Relative(doc.Path)}: documents '{Path.GetFileNameWithoutExtension(doc.Path)}', which the module does not export.");
    }

    private void CheckPage(CommandModel command, CommandDoc doc)
    {
        var page = Relative(doc.Path);
        if (!string.Equals(doc.Name, command.Name, StringComparison.Ordinal))
            Add($"{page}: the title is '# {doc.Name}', expected '# {command.Name}'.");
        if (!doc.FrontMatter.TryGetValue("external help file", out var helpFile) || helpFile != ExpectedHelpFile)
            Add($"{page}: front matter needs 'external help file: {ExpectedHelpFile}'.");
        if (!doc.FrontMatter.TryGetValue("Module Name", out var module) || module != ExpectedModule)
            Add($"{page}: front matter needs 'Module Name: {ExpectedModule}'.");

        if (doc.Synopsis.Count == 0 || doc.Synopsis.Any(IsPlaceholder))
            Add($"{page}: the SYNOPSIS is empty.");
        if (doc.Description.Count == 0 || doc.Description.Any(IsPlaceholder))
            Add($"{page}: the DESCRIPTION is empty.");

        if (doc.Examples.Count == 0)
            Add($"{page}: no example; add '### Example 1: <title>' with a ```powershell block and an explanation under ## EXAMPLES.");
        foreach (var example in doc.Examples)
        {
            if (string.IsNullOrWhiteSpace(example.Code) || IsPlaceholder(example.Code))
                Add($"{page}: '{example.Title}' has no code.");
            if (example.Remarks.Count == 0 || example.Remarks.Any(IsPlaceholder))
                Add($"{page}: '{example.Title}' does not explain what it does.");
        }

        foreach (var parameter in command.Parameters)
        {
            if (StandardText.For(parameter.Name) != null)
                continue;
            var documented = doc.Parameter(parameter.Name);
            if (documented is null)
                Add($"{page}: -{parameter.Name} is not documented.");
            else if (!documented.IsDescribed)
                Add($"{page}: -{parameter.Name} has no description.");
        }
        foreach (var documented in doc.Parameters.Where(p => command.Parameter(p.Name) is null))
            Add($"{page}: documents -{documented.Name}, which {command.Name} does not have.");

        if (doc.Inputs.Count == 0)
            Add($"{page}: INPUTS lists nothing (write '### None' when nothing is taken from the pipeline).");
        foreach (var output in command.OutputTypes.Where(t => t != "System.Void"))
        {
            if (!doc.Outputs.Any(o => o.TypeName == output))
                Add($"{page}: OUTPUTS does not list {output}, which {command.Name} declares with [OutputType].");
        }
        if (doc.Outputs.Count == 0)
            Add($"{page}: OUTPUTS lists nothing (write '### None' when the cmdlet writes no objects).");
    }

    /// <summary>The SYNTAX section and parameter yaml blocks must be what --update-docs would write.</summary>
    public void CheckMarkdownInSync(CommandModel command, string path, string text)
    {
        if (MarkdownSyncer.Sync(text, command) != text.Replace("\r\n", "\n", StringComparison.Ordinal))
            Add($"{Relative(path)}: SYNTAX or parameter metadata (yaml blocks, sections, order) does not match {command.Name}; run with --update-docs.");
    }

    public void CheckGenerated(string path, string expected)
    {
        if (!File.Exists(path))
            Add($"{Relative(path)}: missing; run the help builder without --check to generate it.");
        else if (File.ReadAllText(path).Replace("\r\n", "\n", StringComparison.Ordinal) != expected)
            Add($"{Relative(path)}: stale (it is not what docs/en-US and the module generate); run the help builder without --check and commit the result.");
    }

    public void CheckAboutTopic(string path)
    {
        if (!File.Exists(path))
        {
            Add($"{Relative(path)}: missing.");
            return;
        }
        var lines = File.ReadAllLines(path);
        var name = Path.GetFileName(path).Replace(".help.txt", string.Empty, StringComparison.OrdinalIgnoreCase);
        if (lines.Length < 2 || lines[0].TrimStart('\uFEFF') != "TOPIC" || lines[1].Trim() != name)
            Add($"{Relative(path)}: an about topic starts with 'TOPIC' and then the indented topic name '{name}'.");
        foreach (var section in new[] { "SHORT DESCRIPTION", "LONG DESCRIPTION" })
        {
            if (!lines.Contains(section))
                Add($"{Relative(path)}: the '{section}' section is missing.");
        }
    }

    private static bool IsPlaceholder(string text) => text.Contains("{{", StringComparison.Ordinal);

    private void Add(string problem) => problems.Add(problem);

    private string Relative(string path) => Path.GetRelativePath(repoRoot, path);
}
