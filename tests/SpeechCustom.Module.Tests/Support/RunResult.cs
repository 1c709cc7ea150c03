using System.Collections;
using System.Management.Automation;
using System.Text;

namespace SpeechCustom.Module.Tests.Support;

/// <summary>Everything one script run produced, stream by stream.</summary>
public sealed class RunResult
{
    public required IReadOnlyList<PSObject> Output { get; init; }

    public required IReadOnlyList<ErrorRecord> Errors { get; init; }

    public required IReadOnlyList<string> Verbose { get; init; }

    public required IReadOnlyList<string> Debug { get; init; }

    public required IReadOnlyList<string> Warnings { get; init; }

    public required IReadOnlyList<string> Information { get; init; }

    public required IReadOnlyList<ProgressRecord> Progress { get; init; }

    public required string HostText { get; init; }

    /// <summary>Set when the script ended with a terminating error.</summary>
    public Exception? Terminating { get; init; }

    public IEnumerable<object> BaseObjects => Output.Select(o => o.BaseObject);

    /// <summary>
    /// The first error: a terminating one (which ends a script) or else the first written. A cmdlet's terminating
    /// error inside a script only ends that statement, so it shows up in <see cref="Errors"/>.
    /// </summary>
    public ErrorRecord? FirstError => (Terminating as IContainsErrorRecord)?.ErrorRecord ?? Errors.FirstOrDefault();

    public string ErrorText => string.Join("\n", Errors.Select(e => e.ToString()));

    /// <summary>
    /// Every character any stream produced: output objects (their properties, three levels deep), error records
    /// (message, details, exception chain with stack, target), verbose, debug, warnings, information, progress and
    /// host text. Secret checks scan this.
    /// </summary>
    public string AllText()
    {
        var text = new StringBuilder();
        foreach (var o in Output)
            Describe(o, text, 0);
        foreach (var e in Errors)
        {
            text.AppendLine(e.ToString()).AppendLine(e.FullyQualifiedErrorId).AppendLine(e.ErrorDetails?.Message).AppendLine(e.ErrorDetails?.RecommendedAction);
            text.AppendLine(e.Exception?.ToString());
            Describe(e.TargetObject, text, 0);
        }
        if (Terminating != null)
            text.AppendLine(Terminating.ToString());
        foreach (var line in Verbose.Concat(Debug).Concat(Warnings).Concat(Information))
            text.AppendLine(line);
        foreach (var p in Progress)
            text.AppendLine(p.Activity).AppendLine(p.StatusDescription).AppendLine(p.CurrentOperation);
        text.AppendLine(HostText);
        return text.ToString();
    }

    private static void Describe(object? value, StringBuilder text, int depth)
    {
        if (value is null || depth > 3)
            return;
        if (value is PSObject ps)
            value = ps.BaseObject;
        text.AppendLine(value.ToString());
        if (value is string || value.GetType().IsPrimitive || value is Uri || value is DateTimeOffset || value is Enum)
            return;
        if (value is IEnumerable items)
        {
            foreach (var item in items)
                Describe(item, text, depth + 1);
            return;
        }
        foreach (var property in PSObject.AsPSObject(value).Properties)
        {
            object? propertyValue;
            try
            {
                propertyValue = property.Value;
            }
            catch (GetValueException)
            {
                continue;
            }
            text.Append(property.Name).Append('=');
            Describe(propertyValue, text, depth + 1);
        }
    }
}
