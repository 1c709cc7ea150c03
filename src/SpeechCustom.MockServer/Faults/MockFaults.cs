namespace SpeechCustom.MockServer;

/// <summary>The armed fault rules; each matching API request uses up one count of the first rule that matches.</summary>
public sealed class MockFaults
{
    private readonly Lock _gate = new();
    private readonly List<ArmedRule> _rules = [];

    /// <summary>How many faults are still armed, over all rules.</summary>
    public int Pending
    {
        get
        {
            lock (_gate)
            {
                return _rules.Sum(r => r.Remaining);
            }
        }
    }

    /// <summary>How many faults have been injected since the last <see cref="Clear"/>.</summary>
    public int Injected { get; private set; }

    public void Add(FaultRule rule)
    {
        ArgumentNullException.ThrowIfNull(rule);
        if (rule.Status < 400 && !(rule.Status == 0 && rule.DelayMilliseconds > 0))
        {
            throw new ArgumentOutOfRangeException(nameof(rule), "A fault needs a status of at least 400, or status 0 with DelayMilliseconds (a slow answer).");
        }
        lock (_gate)
        {
            // A copy, so later changes to the caller's object cannot race with matching.
            _rules.Add(new ArmedRule(Copy(rule), rule.Count));
        }
    }

    public void Clear()
    {
        lock (_gate)
        {
            _rules.Clear();
            Injected = 0;
        }
    }

    /// <summary>The rule to apply to this request (its count already used up), or null.</summary>
    internal FaultRule? TryTake(string method, string pathAndQuery)
    {
        lock (_gate)
        {
            foreach (var armed in _rules)
            {
                var rule = armed.Rule;
                if (armed.Remaining > 0
                    && (rule.Method is null || string.Equals(rule.Method, method, StringComparison.OrdinalIgnoreCase))
                    && (rule.PathContains is null || pathAndQuery.Contains(rule.PathContains, StringComparison.OrdinalIgnoreCase)))
                {
                    armed.Remaining--;
                    Injected++;
                    _rules.RemoveAll(r => r.Remaining <= 0);
                    return rule;
                }
            }

            return null;
        }
    }

    private static FaultRule Copy(FaultRule rule) => new()
    {
        Method = rule.Method,
        PathContains = rule.PathContains,
        Status = rule.Status,
        Count = rule.Count,
        RetryAfterSeconds = rule.RetryAfterSeconds,
        RetryAfterMilliseconds = rule.RetryAfterMilliseconds,
        AfterProcessing = rule.AfterProcessing,
        Message = rule.Message,
        DelayMilliseconds = rule.DelayMilliseconds,
    };

    private sealed class ArmedRule(FaultRule rule, int remaining)
    {
        public FaultRule Rule { get; } = rule;

        public int Remaining { get; set; } = remaining;
    }
}
