using System.Threading;
using System.Threading.Tasks;

namespace SpeechCustom.Engine.Operations
{
    /// <summary>Something with no long-running work (a project): waiting on it returns it at once.</summary>
    internal sealed class ReadyTarget : WaitTarget
    {
        public ReadyTarget(object item, string kind, string id)
            : base(item, kind, id)
        {
        }

        public override Task<PollResult> PollAsync(CancellationToken cancellationToken) => Task.FromResult(PollResult.Done("Ready", Input));
    }
}
