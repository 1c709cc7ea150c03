using System.Threading;
using System.Threading.Tasks;

namespace SpeechCustom.Engine.Operations
{
    /// <summary>One thing to wait for (an operation, a resource that is being created) and how to read its state.</summary>
    public abstract class WaitTarget
    {
        protected WaitTarget(object input, string kind, string resourceId)
        {
            Input = input;
            Kind = kind;
            ResourceId = resourceId;
        }

        /// <summary>What the user passed in.</summary>
        public object Input { get; }

        /// <summary>TrainingSetUpload, PersonalVoice, CsrDataset, ...</summary>
        public string Kind { get; }

        public string ResourceId { get; }

        /// <summary>The last status seen (null before the first poll).</summary>
        public string? LastStatus { get; internal set; }

        public abstract Task<PollResult> PollAsync(CancellationToken cancellationToken);

        public override string ToString() => $"{Kind} {ResourceId}";
    }
}
