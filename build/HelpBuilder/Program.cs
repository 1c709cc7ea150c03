// Builds the module's MAML help from docs/en-US/*.md and the staged module, or checks that help is complete and fresh.
// See BuilderOptions.Usage (run with --help) for the options.
using SpeechCustom.HelpBuilder;
using SpeechCustom.HelpBuilder.Checks;
using SpeechCustom.HelpBuilder.Maml;
using SpeechCustom.HelpBuilder.Markdown;
using SpeechCustom.HelpBuilder.Metadata;

var options = BuilderOptions.Parse(args, out var problem);
if (options is null)
{
    if (problem != null)
        Console.Error.WriteLine(problem);
    Console.WriteLine(BuilderOptions.Usage);
    return problem is null ? 0 : 2;
}

if (!File.Exists(options.Module))
{
    Console.Error.WriteLine($"The staged module {options.Module} does not exist; build it first: dotnet build src/SpeechCustom/SpeechCustom.csproj");
    return 2;
}

IReadOnlyList<CommandModel> commands;
try
{
    commands = ModuleReader.Read(options.Module);
}
catch (Exception e)
{
    Console.Error.WriteLine(e.Message);
    return 2;
}

if (options.UpdateDocs)
{
    Directory.CreateDirectory(options.Docs);
    foreach (var command in commands)
    {
        var path = Path.Combine(options.Docs, command.Name + ".md");
        var text = File.Exists(path) ? File.ReadAllText(path) : NewPage.For(command);
        var synced = MarkdownSyncer.Sync(text, command);
        if (synced != text)
        {
            File.WriteAllText(path, synced);
            Console.WriteLine($"Updated {Path.GetRelativePath(options.RepoRoot, path)}");
        }
    }
}

var pages = Directory.Exists(options.Docs)
    ? Directory.GetFiles(options.Docs, "*.md").Where(f => !Path.GetFileName(f).StartsWith("about_", StringComparison.OrdinalIgnoreCase)).OrderBy(f => f, StringComparer.Ordinal).ToList()
    : new List<string>();
var docs = pages.ToDictionary(p => Path.GetFileNameWithoutExtension(p), MarkdownReader.Read, StringComparer.OrdinalIgnoreCase);
var maml = MamlWriter.Write(commands.Select(c => (c, docs.GetValueOrDefault(c.Name))));

var checker = new HelpChecker(options.RepoRoot);
checker.CheckPages(commands, options.Docs, docs);
foreach (var command in commands.Where(c => docs.ContainsKey(c.Name)))
{
    var doc = docs[command.Name];
    checker.CheckMarkdownInSync(command, doc.Path, File.ReadAllText(doc.Path));
}

if (options.Check)
{
    checker.CheckGenerated(options.Out, maml);
    checker.CheckAboutTopic(options.About);
    foreach (var item in checker.Problems)
        Console.Error.WriteLine("error HELP: " + item);
    Console.WriteLine(checker.Problems.Count == 0
        ? $"Help is complete and up to date: {commands.Count} cmdlets, {Path.GetRelativePath(options.RepoRoot, options.Out)}."
        : $"{checker.Problems.Count} help problem(s).");
    return checker.Problems.Count == 0 ? 0 : 1;
}

Directory.CreateDirectory(Path.GetDirectoryName(options.Out)!);
File.WriteAllText(options.Out, maml);
Console.WriteLine($"Wrote {Path.GetRelativePath(options.RepoRoot, options.Out)} ({commands.Count} cmdlets).");
foreach (var item in checker.Problems)
    Console.Error.WriteLine("warning HELP: " + item);
return 0;
