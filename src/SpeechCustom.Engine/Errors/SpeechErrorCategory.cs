namespace SpeechCustom.Engine.Errors
{
    /// <summary>What kind of failure, in terms the cmdlet layer maps onto PowerShell's ErrorCategory.</summary>
    public enum SpeechErrorCategory
    {
        NotSpecified,
        InvalidArgument,
        InvalidData,
        ObjectNotFound,
        ResourceExists,
        AuthenticationError,
        PermissionDenied,
        ResourceBusy,
        ConnectionError,
        OperationTimeout,
        InvalidOperation,
        NotImplemented,
        OperationFailed,
    }
}
