namespace SpeechCustom.MockServer.SpeechToText;

/// <summary>EntityReference: {"self": "&lt;absolute url&gt;"}.</summary>
internal sealed record EntityReference(string Self);

/// <summary>EntityError: properties.error of a failed entity.</summary>
internal sealed record EntityError(string Code, string Message);
