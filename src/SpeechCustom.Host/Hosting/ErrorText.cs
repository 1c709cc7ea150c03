using System.Management.Automation;
using System.Text;

namespace SpeechCustom.Host;

/// <summary>How the host shows an error record: the message, where it happened, its id and the recommended action.</summary>
public static class ErrorText
{
    public static string Describe(ErrorRecord error)
    {
        var text = new StringBuilder(error.ErrorDetails?.Message is { Length: > 0 } details ? details : error.Exception.Message);
        var position = error.InvocationInfo?.PositionMessage;
        if (!string.IsNullOrWhiteSpace(position))
        {
            text.AppendLine().Append(position.Trim());
        }

        text.AppendLine().Append("    + FullyQualifiedErrorId : ").Append(error.FullyQualifiedErrorId);
        if (error.ErrorDetails?.RecommendedAction is { Length: > 0 } action)
        {
            text.AppendLine().Append("    + RecommendedAction : ").Append(action);
        }

        return text.ToString();
    }

    /// <summary>For exceptions thrown out of Invoke: runtime errors carry a record, anything else only a message.</summary>
    public static string Describe(Exception exception) =>
        exception is IContainsErrorRecord { ErrorRecord: { } record } ? Describe(record) : exception.ToString();
}
