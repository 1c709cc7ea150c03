namespace SpeechCustom.MockServer.Failures;

/// <summary>The reason each kind of work fails with when the test or script did not give one.</summary>
internal static class FailureDefaults
{
    public static FailureReason For(FailureKind kind) => kind switch
    {
        FailureKind.TrainingSetUpload => new("InaccessibleCustomerStorage",
            "The service could not list blobs under 'voicedata/' in the container: the SAS token needs read and list permissions."),
        FailureKind.Consent => new("AudioAndScriptNotMatch",
            "The consent audio does not match the required consent statement: the voice talent must read the statement for this company and voice talent name verbatim."),
        FailureKind.PersonalVoice => new("SpeakerVerificationFailed",
            "The speaker in the prompt audio could not be verified as the speaker who recorded the consent."),
        FailureKind.VoiceModel => new("DataNotEnough",
            "The training set does not hold enough usable utterances for the recipe: at least 300 utterances are needed."),
        FailureKind.VoiceEndpoint => new("Internal",
            "The endpoint could not be deployed because of an internal error. Delete it and deploy again."),
        FailureKind.SpeechToTextDataset => new("DataImportFailed",
            "The data import failed: the archive at the content URL holds 0 audio files with a matching line in trans.txt."),
        FailureKind.SpeechToTextModel => new("InvalidDataset",
            "The model could not be trained: after normalization none of its datasets holds usable adaptation data."),
        FailureKind.SpeechToTextEvaluation => new("FailedDataset",
            "The evaluation failed: the audio of the dataset could not be transcribed (the audio files could not be decoded)."),
        FailureKind.SpeechToTextEndpoint => new("InternalError",
            "The endpoint could not be deployed because of an internal error. Delete the endpoint and create it again."),
        FailureKind.SpeechToTextTranscription => new("InvalidData",
            "The audio could not be decoded. Make sure the files are in a supported format (WAV, MP3, OGG/OPUS) and not corrupted."),
        _ => new("Internal", "The operation failed because of an internal error."),
    };
}
