namespace SpeechCustom.MockServer.SpeechToText;

/// <summary>An entity may name a project only if it exists (InvalidProject otherwise). Callers hold the store lock.</summary>
internal static class SttProjectReferences
{
    public static void Require(SpeechToTextStore store, Guid? projectId)
    {
        if (projectId is { } id && !store.Projects.ContainsKey(id))
        {
            throw SttErrors.InvalidProject($"The project '{id}' does not exist or is not accessible.");
        }
    }
}
