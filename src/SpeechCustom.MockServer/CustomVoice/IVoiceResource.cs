namespace SpeechCustom.MockServer.CustomVoice;

/// <summary>A custom voice resource as lists, GETs and creation answers see it.</summary>
internal interface IVoiceResource
{
    /// <summary>The value of a filterable property (projectId, kind, locale, createdDateTime), or null.</summary>
    object? Field(string name);

    /// <summary>False while long-running work on the resource is in progress (GET then adds Retry-After).</summary>
    bool IsSettledAt(DateTimeOffset now);

    /// <summary>The resource in the shape of the request's api-version, with its status at <paramref name="now"/>.</summary>
    object ToJson(CustomVoiceVersion version, DateTimeOffset now);
}
