using SpeechCustom.HelpBuilder.Metadata;

namespace SpeechCustom.HelpBuilder.Markdown;

/// <summary>The skeleton of a new cmdlet page (platyPS v1 layout); --update-docs then fills in SYNTAX and PARAMETERS.</summary>
internal static class NewPage
{
    public static string For(CommandModel command) => $$$"""
        ---
        external help file: SpeechCustom.dll-Help.xml
        Module Name: SpeechCustom
        online version:
        schema: 2.0.0
        ---

        # {{{command.Name}}}

        ## SYNOPSIS
        {{ Fill in the Synopsis }}

        ## SYNTAX

        ## DESCRIPTION
        {{ Fill in the Description }}

        ## EXAMPLES

        ### Example 1: {{ Add title }}
        ```powershell
        {{ Add code }}
        ```

        {{ Add explanation }}

        ## PARAMETERS

        ## INPUTS

        ### None

        ## OUTPUTS

        {{{string.Join("\n\n", command.OutputTypes.Select(t => "### " + t))}}}

        ## NOTES

        ## RELATED LINKS

        [about_SpeechCustom]()

        """;
}
