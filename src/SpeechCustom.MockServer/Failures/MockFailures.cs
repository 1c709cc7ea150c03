using SpeechCustom.MockServer.Failures;

namespace SpeechCustom.MockServer;

/// <summary>
/// Resources whose long-running work must end Failed. A target is a custom voice id (training set id for uploads,
/// consent, personal voice, model or endpoint id) or a speech-to-text entity's displayName. Any id or displayName
/// containing "fail-me" fails too, so scripts can trigger failures without this API. The outcome is decided when the
/// work reaches its end, so failures may be added after the resource was created.
/// </summary>
public sealed class MockFailures
{
    /// <summary>Ids or display names containing this text always fail.</summary>
    public const string FailMarker = "fail-me";

    private readonly Lock _gate = new();
    private readonly Dictionary<string, (string? Code, string? Message)> _targets = new(StringComparer.Ordinal);

    /// <summary>Make <paramref name="target"/> fail; <paramref name="code"/> and <paramref name="message"/> default to a realistic reason for its kind.</summary>
    public void Add(string target, string? code = null, string? message = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(target);
        lock (_gate)
        {
            _targets[target] = (code, message);
        }
    }

    public bool Remove(string target)
    {
        lock (_gate)
        {
            return _targets.Remove(target);
        }
    }

    public void Clear()
    {
        lock (_gate)
        {
            _targets.Clear();
        }
    }

    /// <summary>The failure for work of this kind on these targets (id, display name, ...), or null when it succeeds.</summary>
    internal FailureReason? Match(FailureKind kind, params string?[] targets)
    {
        var reason = FailureDefaults.For(kind);
        lock (_gate)
        {
            foreach (var target in targets)
            {
                if (target is not null && _targets.TryGetValue(target, out var custom))
                {
                    return new FailureReason(custom.Code ?? reason.Code, custom.Message ?? reason.Message);
                }
            }
        }

        return targets.Any(t => t?.Contains(FailMarker, StringComparison.OrdinalIgnoreCase) == true) ? reason : null;
    }
}
