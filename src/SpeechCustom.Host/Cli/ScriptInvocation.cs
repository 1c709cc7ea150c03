using System.Management.Automation.Language;
using System.Text;
using System.Text.RegularExpressions;

namespace SpeechCustom.Host;

/// <summary>
/// Turns a script path and its command-line arguments into the PowerShell a user would type, so parameters bind as
/// they do with <c>pwsh -File script.ps1 -Name value -Switch</c>: <c>-Name</c> tokens stay parameter names, every
/// other argument is passed as a literal string (never evaluated).
/// </summary>
internal static partial class ScriptInvocation
{
    public static string Build(string scriptPath, IEnumerable<string> arguments)
    {
        var command = new StringBuilder("& ").Append(Quote(scriptPath));
        foreach (var argument in arguments)
        {
            command.Append(' ').Append(Render(argument));
        }

        return command.ToString();
    }

    private static string Render(string argument)
    {
        if (ParameterName().IsMatch(argument))
        {
            return argument;
        }

        var withValue = ParameterWithValue().Match(argument);
        if (withValue.Success)
        {
            var value = withValue.Groups["value"].Value;
            // -Switch:$false is how a switch is turned off from a command line.
            var literal = value is "$true" or "$false" ? value : Quote(value);
            return withValue.Groups["name"].Value + ":" + literal;
        }

        return Quote(argument);
    }

    // The engine's own escaping also doubles the typographic quotes PowerShell treats as quotes.
    private static string Quote(string value) => "'" + CodeGeneration.EscapeSingleQuotedStringContent(value) + "'";

    [GeneratedRegex(@"^-[A-Za-z_][\w-]*:?$")]
    private static partial Regex ParameterName();

    [GeneratedRegex(@"^(?<name>-[A-Za-z_][\w-]*):(?<value>.+)$")]
    private static partial Regex ParameterWithValue();
}
