using System.Collections.Concurrent;
using SpeechCustom.Engine.Diagnostics;

namespace SpeechCustom.Engine.Tests.Support;

/// <summary>An engine log that keeps every line, for assertions on what a user would see in Verbose/Debug.</summary>
public sealed class ListLog : IEngineLog
{
    public ConcurrentQueue<string> Lines { get; } = new();

    public bool IsDebugEnabled => true;

    public void Verbose(string message) => Lines.Enqueue("VERBOSE: " + message);

    public void Debug(string message) => Lines.Enqueue("DEBUG: " + message);

    public void Warning(string message) => Lines.Enqueue("WARNING: " + message);

    public string All => string.Join("\n", Lines);
}
