using SpeechCustom.MockServer.Lifecycle;

namespace SpeechCustom.MockServer.CustomVoice.TrainingSets;

/// <summary>One data upload into a training set and what it adds once it succeeds.</summary>
internal sealed record TrainingSetUpload(string OperationId, UploadRequest Request, LongRunningWork Work)
{
    /// <summary>A plausible import result per kind: 300 scripted utterances of about 12 s, fewer for long or unscripted audio.</summary>
    public int UtteranceCount => Request.Kind switch
    {
        UploadRequest.AudioAndScript => 300,
        UploadRequest.LongAudio => 250,
        _ => 200,
    };

    public double DurationInSeconds => UtteranceCount * 12.0;

    public bool IsContextual => Request.ProcessAs == UploadRequest.Contextual;
}
