using System;
using System.Collections.Concurrent;
using System.Management.Automation.Runspaces;
using System.Runtime.CompilerServices;
using SpeechCustom.Engine.Connection;

namespace SpeechCustom.Infrastructure
{
    /// <summary>
    /// The current connection belongs to a runspace, not to the process: Azure Automation runs several jobs in one
    /// sandbox process and ForEach-Object -Parallel uses several runspaces; none may see or replace another's connection.
    /// Without one, SPEECH_KEY with SPEECH_REGION or SPEECH_ENDPOINT is used (one cached connection per value set).
    /// </summary>
    internal static class ContextStore
    {
        private static readonly ConditionalWeakTable<Runspace, Holder> PerRunspace = new ConditionalWeakTable<Runspace, Holder>();
        private static readonly ConcurrentDictionary<string, SpeechContext> FromEnvironment = new ConcurrentDictionary<string, SpeechContext>(StringComparer.Ordinal);

        public static SpeechContext? Current
        {
            get
            {
                var runspace = Runspace.DefaultRunspace;
                return runspace != null && PerRunspace.TryGetValue(runspace, out var holder) ? holder.Context : null;
            }
        }

        public static void Set(SpeechContext? context)
        {
            var runspace = Runspace.DefaultRunspace ?? throw new InvalidOperationException("There is no runspace on this thread.");
            PerRunspace.GetOrCreateValue(runspace).Context = context;
        }

        /// <summary>The context from SPEECH_KEY + SPEECH_REGION / SPEECH_ENDPOINT, or null when they are not set.</summary>
        public static SpeechContext? FromEnvironmentVariables()
        {
            var key = Environment.GetEnvironmentVariable("SPEECH_KEY");
            var endpoint = Environment.GetEnvironmentVariable("SPEECH_ENDPOINT");
            var region = Environment.GetEnvironmentVariable("SPEECH_REGION");
            if (string.IsNullOrEmpty(key) || (string.IsNullOrEmpty(endpoint) && string.IsNullOrEmpty(region)))
                return null;
            var cacheKey = $"{endpoint}|{region}|{Fingerprint(key!)}";
            return FromEnvironment.GetOrAdd(cacheKey, _ => SpeechContext.Create(new SpeechConnectOptions
            {
                AuthType = SpeechAuthType.Key,
                Key = key,
                Endpoint = string.IsNullOrEmpty(endpoint) ? null : new Uri(endpoint),
                Region = string.IsNullOrEmpty(endpoint) ? region : null,
            }));
        }

        private static string Fingerprint(string secret)
        {
            using var sha = System.Security.Cryptography.SHA256.Create();
            return Convert.ToBase64String(sha.ComputeHash(System.Text.Encoding.UTF8.GetBytes(secret)));
        }

        private sealed class Holder
        {
            public SpeechContext? Context { get; set; }
        }
    }
}
