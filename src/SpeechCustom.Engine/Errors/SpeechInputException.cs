namespace SpeechCustom.Engine.Errors
{
    /// <summary>Bad input found before any request was sent.</summary>
    public sealed class SpeechInputException : SpeechException
    {
        public SpeechInputException(string errorId, string message, string? target = null, string? recommendedAction = null)
            : base(errorId, message, SpeechErrorCategory.InvalidArgument, target, recommendedAction)
        {
        }
    }
}
