using System;
using System.Management.Automation;
using SpeechCustom.Engine.Diagnostics;
using SpeechCustom.Engine.Errors;

namespace SpeechCustom.Infrastructure
{
    /// <summary>
    /// Engine errors as PowerShell ErrorRecords: ErrorId = the service's code (or ours), category from the HTTP status,
    /// TargetObject = the resource, ErrorDetails = the message plus what to do about it. Nothing secret survives.
    /// </summary>
    internal static class ErrorRecords
    {
        public static ErrorRecord From(Exception exception, object? target = null)
        {
            if (exception is AggregateException aggregate && aggregate.InnerExceptions.Count == 1)
                exception = aggregate.InnerExceptions[0];

            if (exception is SpeechException speech)
            {
                var record = new ErrorRecord(speech, speech.ErrorId, CategoryOf(speech.Category), OutputTypes.Decorate(TargetOf(speech, target)))
                {
                    ErrorDetails = new ErrorDetails(speech.Message) { RecommendedAction = speech.RecommendedAction ?? string.Empty },
                };
                return record;
            }
            if (exception is PipelineStoppedException || exception is OperationCanceledException)
                return new ErrorRecord(exception, "Stopped", ErrorCategory.OperationStopped, target);

            // Not ours: keep the type, but never the raw text unredacted.
            var safe = new InvalidOperationException(SecretRedactor.Redact(exception.Message), exception);
            return new ErrorRecord(safe, exception.GetType().Name, ErrorCategory.NotSpecified, target)
            {
                ErrorDetails = new ErrorDetails(SecretRedactor.Redact(exception.Message)),
            };
        }

        public static ErrorRecord NotConnected()
        {
            var exception = new SpeechException("NotConnected",
                "You are not connected to a Speech resource. Run Connect-SpeechService, pass -Context, or set SPEECH_KEY with SPEECH_REGION or SPEECH_ENDPOINT.",
                SpeechErrorCategory.AuthenticationError, recommendedAction: "Connect-SpeechService -Endpoint https://<resource>.cognitiveservices.azure.com -Identity (or -Key)");
            return From(exception);
        }

        private static object? TargetOf(SpeechException exception, object? target)
        {
            if (exception is SpeechOperationFailedException failed && failed.LastKnownState != null)
                return failed.LastKnownState;
            return target ?? exception.Target;
        }

        private static ErrorCategory CategoryOf(SpeechErrorCategory category) => category switch
        {
            SpeechErrorCategory.InvalidArgument => ErrorCategory.InvalidArgument,
            SpeechErrorCategory.InvalidData => ErrorCategory.InvalidData,
            SpeechErrorCategory.ObjectNotFound => ErrorCategory.ObjectNotFound,
            SpeechErrorCategory.ResourceExists => ErrorCategory.ResourceExists,
            SpeechErrorCategory.AuthenticationError => ErrorCategory.AuthenticationError,
            SpeechErrorCategory.PermissionDenied => ErrorCategory.PermissionDenied,
            SpeechErrorCategory.ResourceBusy => ErrorCategory.ResourceBusy,
            SpeechErrorCategory.ConnectionError => ErrorCategory.ConnectionError,
            SpeechErrorCategory.OperationTimeout => ErrorCategory.OperationTimeout,
            SpeechErrorCategory.InvalidOperation => ErrorCategory.InvalidOperation,
            SpeechErrorCategory.NotImplemented => ErrorCategory.NotImplemented,
            SpeechErrorCategory.OperationFailed => ErrorCategory.InvalidResult,
            _ => ErrorCategory.NotSpecified,
        };
    }
}
