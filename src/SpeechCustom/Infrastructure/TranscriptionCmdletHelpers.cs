using System.Management.Automation;

namespace SpeechCustom.Infrastructure
{
    /// <summary>What the cmdlets of transcriptions, endpoints and web hooks share: "was this parameter given".</summary>
    internal static class TranscriptionCmdletHelpers
    {
        /// <summary>A switch the user gave (-LoggingEnabled or -LoggingEnabled:$false) as true/false; not given: null.</summary>
        public static bool? Given(this PSCmdlet cmdlet, string parameter, SwitchParameter value)
            => cmdlet.MyInvocation.BoundParameters.ContainsKey(parameter) ? value.IsPresent : (bool?)null;

        /// <summary>A value parameter the user gave; not given: null (for TimeSpan and int parameters without a natural "unset").</summary>
        public static T? Given<T>(this PSCmdlet cmdlet, string parameter, T value)
            where T : struct
            => cmdlet.MyInvocation.BoundParameters.ContainsKey(parameter) ? value : (T?)null;
    }
}
