using System;

namespace SpeechCustom.Infrastructure
{
    /// <summary>
    /// A list filter in two parts: the expression sent to the service, and conditions applied to what comes back. The custom
    /// voice API documents single conditions only (projectId eq '...'), so further conditions are checked here rather
    /// than sent joined with 'and'.
    /// </summary>
    internal sealed class ListFilter
    {
        public ListFilter(string? server, Func<object, bool>? keep)
        {
            Server = server;
            Keep = keep;
        }

        public string? Server { get; }

        public Func<object, bool>? Keep { get; }
    }
}
