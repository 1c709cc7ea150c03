namespace SpeechCustom.MockServer.CustomVoice.Projects;

/// <summary>
/// Deleting a project deletes its consents, training sets and personal voices; models and endpoints block the delete
/// unless forceDelete is set ("Otherwise, the delete operation will fail"). Callers hold the store lock.
/// </summary>
internal static class ProjectCascade
{
    public static void Delete(CustomVoiceStore store, string projectId, bool force)
    {
        var models = store.Models.Values.Where(m => m.ProjectId == projectId).Select(m => m.Id).ToList();
        var endpoints = store.Endpoints.Values.Where(e => e.ProjectId == projectId).Select(e => e.Id).ToList();
        if (!force && (models.Count > 0 || endpoints.Count > 0))
        {
            throw CustomVoiceErrors.BadRequest(
                $"The project '{projectId}' still has {models.Count} model(s) and {endpoints.Count} endpoint(s). Delete them first, or set forceDelete=true to delete the project with them.");
        }

        RemoveWhere(store.Consents, c => c.ProjectId == projectId);
        RemoveWhere(store.TrainingSets, t => t.ProjectId == projectId);
        RemoveWhere(store.PersonalVoices, p => p.ProjectId == projectId);
        RemoveWhere(store.Models, m => m.ProjectId == projectId);
        RemoveWhere(store.Endpoints, e => e.ProjectId == projectId);
        store.Projects.Remove(projectId);
    }

    private static void RemoveWhere<TKey, TValue>(OrderedDictionary<TKey, TValue> items, Func<TValue, bool> predicate)
        where TKey : notnull
    {
        foreach (var key in items.Where(pair => predicate(pair.Value)).Select(pair => pair.Key).ToList())
        {
            items.Remove(key);
        }
    }
}
