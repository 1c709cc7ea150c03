namespace SpeechCustom.MockServer.SpeechToText.Models;

/// <summary>A model reference resolved to a base model or a custom model of this server.</summary>
internal sealed record ResolvedModel(SttBaseModel? Base, SttModel? Custom)
{
    public bool IsBase => Base is not null;

    public Guid Id => Base?.Id ?? Custom!.Id;

    public string Locale => Base?.Locale ?? Custom!.Locale;

    public string DisplayName => Base?.DisplayName ?? Custom!.DisplayName;

    public ModelCapabilities Capabilities => Base?.Capabilities ?? Custom!.BaseModel.Capabilities;

    /// <summary>Stable text to derive per-model numbers from (evaluation error rates).</summary>
    public string Key => IsBase ? $"base:{Id}" : $"custom:{Id}";

    /// <summary>The key of the base model (itself for a base model, its base model for a custom model).</summary>
    public string BaseKey => $"base:{Base?.Id ?? Custom!.BaseModel.Id}";

    public EntityReference Reference(SttRequest request) =>
        IsBase ? request.Reference("models/base", Id) : request.Reference("models", Id);

    public static ResolvedModel Stored(bool isBase, Guid id, SpeechToTextStore store) =>
        isBase ? new(store.BaseModels.Find(id), null)
        : store.Models.TryGetValue(id, out var custom) ? new(null, custom)
        : new(store.BaseModels.DefaultFor("en-US"), null);
}

/// <summary>Resolves model references of evaluations, transcriptions and endpoints. Callers hold the store lock.</summary>
internal static class ModelReferences
{
    public static ResolvedModel Resolve(SpeechToTextStore store, SttReference reference, string field, DateTimeOffset now, string failedCode = "InvalidModel")
    {
        if (reference.IsBaseModel)
        {
            return store.BaseModels.Find(reference.Id) is { } baseModel
                ? new ResolvedModel(baseModel, null)
                : throw SttErrors.InvalidRequest("InvalidModel", $"The base model '{reference.Id}' referenced by {field} does not exist.", field);
        }

        if (!store.Models.TryGetValue(reference.Id, out var custom))
        {
            throw SttErrors.InvalidRequest("InvalidModel", $"The model '{reference.Id}' referenced by {field} does not exist or is not accessible.", field);
        }

        if (custom.StateAt(now).IsFailed)
        {
            throw SttErrors.InvalidRequest(failedCode, $"The model '{reference.Id}' referenced by {field} failed to train and cannot be used.", field);
        }

        return new ResolvedModel(null, custom);
    }

    public static void RequireLocale(ResolvedModel model, string locale, string field)
    {
        if (!string.Equals(model.Locale, locale, StringComparison.OrdinalIgnoreCase))
        {
            throw SttErrors.InvalidRequest("ModelMismatch", $"The model '{model.DisplayName}' ({field}) has locale {model.Locale}, which does not match the locale {locale}.", field);
        }
    }
}
