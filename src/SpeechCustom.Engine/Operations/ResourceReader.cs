using System;
using System.Threading;
using System.Threading.Tasks;
using SpeechCustom.Engine.Connection;
using SpeechCustom.Engine.CustomVoice;
using SpeechCustom.Engine.Errors;
using SpeechCustom.Engine.Models.CustomVoice;

namespace SpeechCustom.Engine.Operations
{
    /// <summary>Reads a custom voice resource by type and id (with the service's wait hint when polling).</summary>
    internal static class ResourceReader
    {
        public static async Task<IVoiceResource?> ReadAsync(SpeechContext context, string? type, string? id, CancellationToken cancellationToken)
            => id is null || type is null ? null : (await ReadWithHintAsync(context, type, id, cancellationToken).ConfigureAwait(false)).Value;

        public static Task<Polled<IVoiceResource>> ReadWithHintAsync(SpeechContext context, string type, string id, CancellationToken cancellationToken)
        {
            var client = context.CustomVoice;
            switch (type)
            {
                case CustomVoiceResourceTypes.TrainingSet:
                    return client.GetWithHintAsync("trainingsets", id, Json.SpeechJsonContext.Default.TrainingSet, cancellationToken);
                case CustomVoiceResourceTypes.PersonalVoice:
                    return client.GetWithHintAsync("personalvoices", id, Json.SpeechJsonContext.Default.PersonalVoice, cancellationToken);
                case CustomVoiceResourceTypes.Consent:
                    return client.GetWithHintAsync("consents", id, Json.SpeechJsonContext.Default.VoiceConsent, cancellationToken);
                case CustomVoiceResourceTypes.Model:
                    return client.GetWithHintAsync("models", id, Json.SpeechJsonContext.Default.VoiceModel, cancellationToken);
                case CustomVoiceResourceTypes.Endpoint:
                    return client.GetWithHintAsync("endpoints", id, Json.SpeechJsonContext.Default.VoiceEndpoint, cancellationToken);
                default:
                    throw new ArgumentOutOfRangeException(nameof(type), type, "Not a custom voice resource type.");
            }
        }

        /// <summary>Like <see cref="ReadAsync"/>, but a resource that cannot be read (deleted with its failure) is just absent.</summary>
        public static async Task<IVoiceResource?> TryReadAsync(SpeechContext context, string? type, string? id, CancellationToken cancellationToken)
        {
            try
            {
                return await ReadAsync(context, type, id, cancellationToken).ConfigureAwait(false);
            }
            catch (SpeechServiceException e) when (e.Status == 404)
            {
                return null;
            }
        }
    }
}
