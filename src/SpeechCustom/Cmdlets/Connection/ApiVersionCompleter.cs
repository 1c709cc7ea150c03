using System.Collections;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using System.Management.Automation.Language;
using SpeechCustom.Engine.Connection;

namespace SpeechCustom.Cmdlets.Connection
{
    /// <summary>Tab completion of the API versions the module supports.</summary>
    public sealed class ApiVersionCompleter : IArgumentCompleter
    {
        public IEnumerable<CompletionResult> CompleteArgument(string commandName, string parameterName, string wordToComplete, CommandAst commandAst, IDictionary fakeBoundParameters)
        {
            var versions = parameterName == "CustomVoiceApiVersion" ? ApiVersions.CustomVoice : ApiVersions.SpeechToText;
            return versions.Where(v => v.StartsWith(wordToComplete ?? string.Empty, System.StringComparison.OrdinalIgnoreCase))
                .Select(v => new CompletionResult(v, v, CompletionResultType.ParameterValue, v));
        }
    }
}
