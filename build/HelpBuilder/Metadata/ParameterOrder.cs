namespace SpeechCustom.HelpBuilder.Metadata;

/// <summary>
/// The order of the PARAMETERS section, as platyPS's -AlphabeticParamsOrder: alphabetical, except that -Confirm,
/// -WhatIf, -IncludeTotalCount, -Skip and -First come last.
/// </summary>
internal sealed class ParameterOrder : IComparer<ParameterModel>, IComparer<string>
{
    public static readonly ParameterOrder Instance = new();

    private static readonly string[] Last = { "Confirm", "WhatIf", "IncludeTotalCount", "Skip", "First" };

    public int Compare(ParameterModel? x, ParameterModel? y) => Compare(x?.Name, y?.Name);

    public int Compare(string? x, string? y)
    {
        var rank = Rank(x).CompareTo(Rank(y));
        return rank != 0 ? rank : string.Compare(x, y, StringComparison.OrdinalIgnoreCase);
    }

    private static int Rank(string? name)
    {
        var index = Array.FindIndex(Last, l => string.Equals(l, name, StringComparison.OrdinalIgnoreCase));
        return index < 0 ? 0 : 1 + index;
    }
}
