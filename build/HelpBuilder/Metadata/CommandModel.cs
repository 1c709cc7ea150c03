namespace SpeechCustom.HelpBuilder.Metadata;

/// <summary>What PowerShell itself knows about one exported cmdlet: the source of truth for syntax and parameter facts.</summary>
internal sealed record CommandModel(
    string Name,
    string Verb,
    string Noun,
    IReadOnlyList<ParameterSetModel> ParameterSets,
    IReadOnlyList<ParameterModel> Parameters,
    IReadOnlyList<string> OutputTypes)
{
    /// <summary>The name PowerShell gives the only set of a cmdlet that declares none.</summary>
    public const string AllParameterSets = "__AllParameterSets";

    public bool HasNamedSets => !(ParameterSets.Count == 1 && ParameterSets[0].Name == AllParameterSets);

    public ParameterModel? Parameter(string name)
        => Parameters.FirstOrDefault(p => string.Equals(p.Name, name, StringComparison.OrdinalIgnoreCase));
}

/// <summary>One parameter set: its name, the syntax line PowerShell prints for it, and its parameters in display order.</summary>
internal sealed record ParameterSetModel(string Name, bool IsDefault, string Syntax, IReadOnlyList<string> ParameterNames);

/// <summary>One parameter, with how it behaves in each parameter set it belongs to.</summary>
internal sealed record ParameterModel(
    string Name,
    string TypeName,
    bool IsSwitch,
    IReadOnlyList<string> Aliases,
    IReadOnlyList<string> AcceptedValues,
    bool Globbing,
    string DefaultValue,
    IReadOnlyList<ParameterUsage> Usages)
{
    public ParameterUsage? UsageIn(string setName) => Usages.FirstOrDefault(u => u.SetName == setName);

    /// <summary>Mandatory in every set it belongs to.</summary>
    public bool AlwaysMandatory => Usages.All(u => u.Mandatory);

    /// <summary>The position when it is the same in every set, else null (named).</summary>
    public int? CommonPosition => Usages.Select(u => u.Position).Distinct().Count() == 1 ? Usages[0].Position : null;

    public bool ByValue => Usages.Any(u => u.ByValue);

    public bool ByPropertyName => Usages.Any(u => u.ByPropertyName);
}

/// <summary>How a parameter behaves in one parameter set.</summary>
internal sealed record ParameterUsage(string SetName, bool Mandatory, int? Position, bool ByValue, bool ByPropertyName);
