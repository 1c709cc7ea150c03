using System.Threading;
using System.Threading.Tasks;
using SpeechCustom.Engine.Connection;
using SpeechCustom.Engine.Errors;
using SpeechCustom.Engine.Models.CustomVoice;

namespace SpeechCustom.Engine.Operations
{
    /// <summary>Reads the custom voice resource an operation worked on, by type and id.</summary>
    internal static class ResourceReader
    {
        public static async Task<object?> ReadAsync(SpeechContext context, string? type, string? id, CancellationToken cancellationToken)
        {
            if (id is null)
                return null;
            switch (type)
            {
                case CustomVoiceResourceTypes.TrainingSet:
                    return await context.CustomVoice.GetTrainingSetAsync(id, cancellationToken).ConfigureAwait(false);
                case CustomVoiceResourceTypes.PersonalVoice:
                    return await context.CustomVoice.GetPersonalVoiceAsync(id, cancellationToken).ConfigureAwait(false);
                case CustomVoiceResourceTypes.Consent:
                    return await context.CustomVoice.GetConsentAsync(id, cancellationToken).ConfigureAwait(false);
                default:
                    return null;
            }
        }

        /// <summary>Like <see cref="ReadAsync"/>, but a resource that cannot be read (deleted with its failure) is just absent.</summary>
        public static async Task<object?> TryReadAsync(SpeechContext context, string? type, string? id, CancellationToken cancellationToken)
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
