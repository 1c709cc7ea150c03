using SpeechCustom.Engine.Connection;
using SpeechCustom.Engine.Models.Common;
using SpeechCustom.Engine.Models.CustomVoice;

namespace SpeechCustom.Engine.Tests.Support;

/// <summary>Creates the custom voice resources a scenario starts from (what a team would have made in the portal).</summary>
public static class Seed
{
    public static BlobContentSource Blob(string prefix, params string[] extensions) => new()
    {
        ContainerUrl = "https://contoso.blob.core.windows.net/voicedata?sv=2024-08-04&sp=rl&se=2030-01-01&sig=S3CRETsignature%2Bvalue%3D",
        Prefix = prefix,
        Extensions = extensions.ToList(),
    };

    public static async Task<TrainingSet> ProfessionalTrainingSetAsync(SpeechContext context, string projectId, string trainingSetId)
    {
        await context.CustomVoice.CreateProjectAsync(new VoiceProject { Id = projectId, Kind = "ProfessionalVoice", Locale = "en-US" }, default);
        return await context.CustomVoice.CreateTrainingSetAsync(new TrainingSet { Id = trainingSetId, ProjectId = projectId, Locale = "en-US", VoiceKind = "Female" }, default);
    }

    public static async Task PersonalVoiceProjectAsync(SpeechContext context, string projectId, string consentId)
    {
        await context.CustomVoice.CreateProjectAsync(new VoiceProject { Id = projectId, Kind = "PersonalVoice" }, default);
        await context.CustomVoice.CreateConsentAsync(new VoiceConsent
        {
            Id = consentId,
            ProjectId = projectId,
            VoiceTalentName = "Jessica Smith",
            CompanyName = "Contoso",
            Locale = "en-US",
            AudioUrl = "https://contoso.blob.core.windows.net/consents/jessica.wav?sv=2024&sig=C0NSENTsig",
        }, null, null, default);
    }
}
