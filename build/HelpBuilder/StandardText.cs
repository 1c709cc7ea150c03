namespace SpeechCustom.HelpBuilder;

/// <summary>The wording PowerShell's own help (and platyPS) uses for parameters every cmdlet of a kind shares.</summary>
internal static class StandardText
{
    public const string Confirm = "Prompts you for confirmation before running the cmdlet.";

    public const string WhatIf = "Shows what would happen if the cmdlet runs. The cmdlet is not run.";

    public const string CommonParameters =
        "This cmdlet supports the common parameters: -Debug, -ErrorAction, -ErrorVariable, -InformationAction, " +
        "-InformationVariable, -OutBuffer, -OutVariable, -PipelineVariable, -ProgressAction, -Verbose, -WarningAction, " +
        "and -WarningVariable. For more information, see " +
        "[about_CommonParameters](http://go.microsoft.com/fwlink/?LinkID=113216).";

    /// <summary>The placeholder platyPS writes for a parameter that still needs a description.</summary>
    public static string Placeholder(string parameter) => $"{{{{ Fill {parameter} Description }}}}";

    /// <summary>The standard description of -WhatIf / -Confirm, or null for any other parameter.</summary>
    public static string? For(string parameter) => parameter switch
    {
        "Confirm" => Confirm,
        "WhatIf" => WhatIf,
        _ => null,
    };
}
