namespace SpeechCustom.MockServer.Failures;

/// <summary>Why a piece of work failed: the service's code (or failureReason) and message.</summary>
internal sealed record FailureReason(string Code, string Message);

/// <summary>The kinds of long-running work that can fail; each has its own realistic default reason.</summary>
internal enum FailureKind
{
    TrainingSetUpload,
    Consent,
    PersonalVoice,
    VoiceModel,
    VoiceEndpoint,
    SpeechToTextDataset,
    SpeechToTextModel,
    SpeechToTextEvaluation,
    SpeechToTextEndpoint,
    SpeechToTextTranscription,
}
