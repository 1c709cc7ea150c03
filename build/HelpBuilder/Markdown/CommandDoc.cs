namespace SpeechCustom.HelpBuilder.Markdown;

/// <summary>The hand-written help of one cmdlet, read from its platyPS v1 markdown file.</summary>
internal sealed class CommandDoc
{
    public required string Path { get; init; }

    public string? Name { get; init; }

    public IReadOnlyDictionary<string, string> FrontMatter { get; init; } = new Dictionary<string, string>();

    /// <summary>The level-2 headings present, in order (SYNOPSIS, SYNTAX, DESCRIPTION, ...).</summary>
    public IReadOnlyList<string> Sections { get; init; } = Array.Empty<string>();

    public IReadOnlyList<string> Synopsis { get; init; } = Array.Empty<string>();

    public IReadOnlyList<string> Description { get; init; } = Array.Empty<string>();

    public IReadOnlyList<ExampleDoc> Examples { get; init; } = Array.Empty<ExampleDoc>();

    /// <summary>Documented parameters in file order (without the leading '-').</summary>
    public IReadOnlyList<ParameterDoc> Parameters { get; init; } = Array.Empty<ParameterDoc>();

    public IReadOnlyList<TypeDoc> Inputs { get; init; } = Array.Empty<TypeDoc>();

    public IReadOnlyList<TypeDoc> Outputs { get; init; } = Array.Empty<TypeDoc>();

    public IReadOnlyList<string> Notes { get; init; } = Array.Empty<string>();

    public IReadOnlyList<LinkDoc> Links { get; init; } = Array.Empty<LinkDoc>();

    public ParameterDoc? Parameter(string name)
        => Parameters.FirstOrDefault(p => string.Equals(p.Name, name, StringComparison.OrdinalIgnoreCase));
}

internal sealed record ExampleDoc(string Title, string Code, IReadOnlyList<string> Remarks);

internal sealed record ParameterDoc(string Name, IReadOnlyList<string> Description)
{
    /// <summary>platyPS writes "{{ Fill X Description }}" for a parameter nobody has described yet.</summary>
    public bool IsDescribed => Description.Count > 0 && !Description.Any(d => d.Contains("{{", StringComparison.Ordinal));
}

internal sealed record TypeDoc(string TypeName, IReadOnlyList<string> Description);

internal sealed record LinkDoc(string Text, string Uri);
