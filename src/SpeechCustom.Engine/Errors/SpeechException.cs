using System;

namespace SpeechCustom.Engine.Errors
{
    /// <summary>
    /// Base of every error the engine reports. <see cref="ErrorId"/> is the service's code or a stable id of ours
    /// (it becomes the ErrorRecord's FullyQualifiedErrorId); messages never contain secrets.
    /// </summary>
    public class SpeechException : Exception
    {
        public SpeechException(string errorId, string message, SpeechErrorCategory category, string? target = null, string? recommendedAction = null, Exception? inner = null)
            : base(Diagnostics.SecretRedactor.Redact(message), inner)
        {
            ErrorId = errorId;
            Category = category;
            Target = target;
            RecommendedAction = recommendedAction;
        }

        public string ErrorId { get; }

        public SpeechErrorCategory Category { get; }

        /// <summary>The resource or parameter the error is about.</summary>
        public string? Target { get; }

        public string? RecommendedAction { get; }
    }
}
