using SpeechCustom.MockServer.SpeechToText.Datasets;
using SpeechCustom.MockServer.SpeechToText.Projects;

namespace SpeechCustom.MockServer.SpeechToText;

/// <summary>
/// All speech-to-text state of one mock server, shared by every API version (an entity created with v3.2 can be read
/// with 2025-10-15, in that version's shape). One lock, held for each short in-memory request; creation order is list order.
/// </summary>
internal sealed class SpeechToTextStore
{
    public Lock Gate { get; } = new();

    public OrderedDictionary<Guid, SttProject> Projects { get; } = new();

    public OrderedDictionary<Guid, SttDataset> Datasets { get; } = new();

    public void Clear()
    {
        lock (Gate)
        {
            Projects.Clear();
            Datasets.Clear();
        }
    }
}
