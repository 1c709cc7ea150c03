using System.Globalization;

namespace SpeechCustom.MockServer.Hosting;

/// <summary>The standalone server's arguments (dotnet run --project src/SpeechCustom.MockServer -- --urls ...).</summary>
internal static class CommandLine
{
    public const string Usage = """
        SpeechCustom mock server: emulates the Azure Speech custom voice and speech-to-text REST APIs on this machine.

        Options:
          --urls <url>              where to listen (default http://127.0.0.1:5005; the first http URL of a ';' list)
          --key <key>               subscription key to accept (default: random)
          --secondary-key <key>     a second accepted key
          --step-ms <n>             milliseconds per long-running step (default 1000): NotStarted 1 step, Running 2 more
          --retry-after-ms <n>      polling hint on unfinished work (default 1000)
          --identity-header <text>  secret of the managed identity endpoint /msi/token (default: random)
          --tenant-id <id>          tenant of the OAuth2 token endpoint
          --client-id <id>          application id of the OAuth2 token endpoint
          --client-secret <text>    application secret (default: random)
          --region <name>           the resource's region (default westus): endpoint links, copy authorizations
          --resource-id <id>        the resource's Azure resource id (default: .../accounts/mock-speech-<port>)
          --health <status>         what /speechtotext/v3.1/healthstatus reports: Healthy (default), Degraded, Unhealthy
          --no-demo-data            start empty (default: the quickstart's project Jessica, training set jessica-300,
                                    personal voice project PersonalVoice and consent Jessica)
          --verbose                 one console line per request
          --help                    this text
        """;

    /// <summary>The options, or null with <paramref name="problem"/> set (null problem: help was asked for).</summary>
    public static MockServerOptions? Parse(IReadOnlyList<string> args, out string? problem)
    {
        problem = null;
        var options = new MockServerOptions { HttpUrl = "http://127.0.0.1:5005", Quiet = true, SeedDemoData = true };
        for (var i = 0; i < args.Count; i++)
        {
            var name = args[i];
            if (name is "--help" or "-h" or "-?")
            {
                return null;
            }

            if (name == "--no-demo-data")
            {
                options.SeedDemoData = false;
                continue;
            }

            if (name == "--verbose")
            {
                options.Quiet = false;
                continue;
            }

            if (i + 1 >= args.Count)
            {
                problem = $"The option {name} needs a value.";
                return null;
            }

            var value = args[++i];
            switch (name)
            {
                case "--urls":
                    options.HttpUrl = value.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                        .FirstOrDefault(u => u.StartsWith("http://", StringComparison.OrdinalIgnoreCase)) ?? value;
                    break;
                case "--key":
                    options.Key = value;
                    break;
                case "--secondary-key":
                    options.SecondaryKey = value;
                    break;
                case "--step-ms" when TryMilliseconds(value, out var step):
                    options.StepDuration = TimeSpan.FromMilliseconds(step);
                    break;
                case "--retry-after-ms" when TryMilliseconds(value, out var retryAfter):
                    options.RetryAfterMilliseconds = retryAfter;
                    break;
                case "--identity-header":
                    options.IdentityHeader = value;
                    break;
                case "--tenant-id":
                    options.TenantId = value;
                    break;
                case "--client-id":
                    options.ClientId = value;
                    break;
                case "--client-secret":
                    options.ClientSecret = value;
                    break;
                case "--region":
                    options.Region = value;
                    break;
                case "--resource-id":
                    options.ResourceId = value;
                    break;
                case "--health" when value is "Healthy" or "Degraded" or "Unhealthy":
                    options.HealthStatus = value;
                    break;
                default:
                    problem = $"Unknown option or bad value: {name} {value}";
                    return null;
            }
        }

        return options;
    }

    private static bool TryMilliseconds(string text, out int value) =>
        int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out value);
}
