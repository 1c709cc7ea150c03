using SpeechCustom.MockServer.CustomVoice.Consents;
using SpeechCustom.MockServer.CustomVoice.Endpoints;
using SpeechCustom.MockServer.CustomVoice.Models;
using SpeechCustom.MockServer.CustomVoice.Operations;
using SpeechCustom.MockServer.CustomVoice.PersonalVoices;
using SpeechCustom.MockServer.CustomVoice.Projects;
using SpeechCustom.MockServer.CustomVoice.TrainingSets;

namespace SpeechCustom.MockServer.CustomVoice;

/// <summary>
/// All custom voice state of one mock server. One lock guards everything: handlers hold it for the whole (short,
/// in-memory) request so that cross-resource rules (a consent needs its project, deleting a project cascades) and
/// Operation-Id replay are atomic. Collections keep creation order, which is the list order. Ids are case-sensitive.
/// </summary>
internal sealed class CustomVoiceStore
{
    public Lock Gate { get; } = new();

    public OrderedDictionary<string, VoiceProject> Projects { get; } = new(StringComparer.Ordinal);

    public OrderedDictionary<string, Consent> Consents { get; } = new(StringComparer.Ordinal);

    public OrderedDictionary<string, TrainingSet> TrainingSets { get; } = new(StringComparer.Ordinal);

    public OrderedDictionary<string, PersonalVoice> PersonalVoices { get; } = new(StringComparer.Ordinal);

    public OrderedDictionary<string, VoiceModel> Models { get; } = new(StringComparer.Ordinal);

    public OrderedDictionary<Guid, VoiceEndpoint> Endpoints { get; } = new();

    public Dictionary<string, VoiceOperation> Operations { get; } = new(StringComparer.Ordinal);

    public void Clear()
    {
        lock (Gate)
        {
            Projects.Clear();
            Consents.Clear();
            TrainingSets.Clear();
            PersonalVoices.Clear();
            Models.Clear();
            Endpoints.Clear();
            Operations.Clear();
        }
    }

    public VoiceProject RequireProject(string id, string target = "projectId") =>
        Projects.TryGetValue(id, out var project) ? project
            : throw CustomVoiceErrors.BadArgument($"The project '{id}' does not exist.", target);
}
