namespace SpeechCustom.Engine.Models.CustomVoice
{
    /// <summary>
    /// A custom voice resource with a lifecycle: what the poller needs to wait for it, whichever kind it is.
    /// <see cref="OperationId"/> is set (client side) when this object came from the request that started its work.
    /// </summary>
    public interface IVoiceResource
    {
        string Id { get; }

        string? Status { get; }

        string? OperationId { get; }

        /// <summary>One of <see cref="CustomVoiceResourceTypes"/>.</summary>
        string ResourceType { get; }
    }
}
