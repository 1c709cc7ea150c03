using System;
using System.Collections.Generic;

namespace SpeechCustom.Engine.Errors
{
    /// <summary>
    /// The service answered with an error. Carries what a user needs to act or to open a support case: HTTP status,
    /// the service's code and inner codes, its message and target, and the request id (apim-request-id).
    /// </summary>
    public sealed class SpeechServiceException : SpeechException
    {
        public SpeechServiceException(
            int status, string code, IReadOnlyList<string> innerCodes, string serviceMessage, string? target, string? requestId,
            string method, string uri, string? recommendedAction)
            : base(code, Compose(status, code, innerCodes, serviceMessage, requestId, method, uri), CategoryFor(status), target, recommendedAction)
        {
            Status = status;
            Code = code;
            InnerCodes = innerCodes;
            ServiceMessage = Diagnostics.SecretRedactor.Redact(serviceMessage);
            RequestId = requestId;
            Method = method;
            Uri = uri;
        }

        /// <summary>The same error with advice that fits the call that failed (the parser only knows the status).</summary>
        public SpeechServiceException WithRecommendedAction(string recommendedAction)
            => new SpeechServiceException(Status, Code, InnerCodes, ServiceMessage, Target, RequestId, Method, Uri, recommendedAction);

        public int Status { get; }

        public string Code { get; }

        public IReadOnlyList<string> InnerCodes { get; }

        public string ServiceMessage { get; }

        public string? RequestId { get; }

        public string Method { get; }

        /// <summary>The request URL with query values masked.</summary>
        public string Uri { get; }

        private static string Compose(int status, string code, IReadOnlyList<string> innerCodes, string serviceMessage, string? requestId, string method, string uri)
        {
            var inner = innerCodes.Count > 0 ? " > " + string.Join(" > ", innerCodes) : string.Empty;
            var id = requestId != null ? $"; request id {requestId}" : string.Empty;
            return $"{serviceMessage} ({code}{inner}; HTTP {status} from {method} {uri}{id})";
        }

        internal static SpeechErrorCategory CategoryFor(int status)
        {
            switch (status)
            {
                case 400:
                case 422:
                    return SpeechErrorCategory.InvalidArgument;
                case 401:
                    return SpeechErrorCategory.AuthenticationError;
                case 403:
                    return SpeechErrorCategory.PermissionDenied;
                case 404:
                    return SpeechErrorCategory.ObjectNotFound;
                case 409:
                    return SpeechErrorCategory.ResourceExists;
                case 415:
                    return SpeechErrorCategory.InvalidData;
                case 429:
                    return SpeechErrorCategory.ResourceBusy;
                case 408:
                case 504:
                    return SpeechErrorCategory.OperationTimeout;
                case 501:
                    return SpeechErrorCategory.NotImplemented;
                default:
                    return status >= 500 ? SpeechErrorCategory.ConnectionError : SpeechErrorCategory.NotSpecified;
            }
        }
    }
}
