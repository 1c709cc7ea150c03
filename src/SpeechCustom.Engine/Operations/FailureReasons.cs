using System.Linq;
using SpeechCustom.Engine.Models.CustomVoice;

namespace SpeechCustom.Engine.Operations
{
    /// <summary>The failureReason codes of custom voice resources, in words a user can act on.</summary>
    internal static class FailureReasons
    {
        public static string? Of(object? resource) => resource switch
        {
            PersonalVoice voice => voice.Properties?.FailureReason,
            VoiceConsent consent => consent.Properties?.FailureReason,
            VoiceModel model => model.Properties?.FailureReason,
            _ => null,
        };

        /// <summary>Extra facts worth a sentence: which training sets failed a model.</summary>
        public static string Details(object? resource)
            => resource is VoiceModel { Properties.FailedTrainingsets: { Count: > 0 } failed }
                ? "; training sets that failed: " + string.Join(", ", failed.Select(f => "'" + f + "'"))
                : string.Empty;

        public static string Explain(string reason) => reason switch
        {
            "AudioAndScriptNotMatch" => "the consent recording does not match the consent statement; record the statement word for word in the consent's locale, with the same voice talent and company names",
            "SpeakerVerificationFailed" => "the voice in the audio is not the voice talent of the consent",
            "InaccessibleCustomerStorage" => "the service could not read the audio from the storage account; check the container URL and that its SAS grants read and list and has not expired",
            "DataNotEnough" => "there is not enough usable training data for this recipe (see Get-VoiceModelRecipe for the minimum utterances and duration)",
            "DataNotReady" => "the training data is still being processed; wait for the training set to succeed",
            "TerminateByUser" => "the work was cancelled",
            "Internal" => "the service hit an internal error; try again",
            _ => reason,
        };
    }
}
