using SpeechCustom.Engine.Connection;
using SpeechCustom.Engine.Errors;
using SpeechCustom.Engine.Models.CustomVoice;
using SpeechCustom.Engine.Models.SpeechToText;

namespace SpeechCustom.Engine.Operations
{
    /// <summary>Knows, for each object the module returns, how to wait for it.</summary>
    public static class WaitTargets
    {
        public static WaitTarget For(object item, SpeechContext context)
        {
            switch (item)
            {
                case VoiceOperation operation:
                    return new VoiceOperationTarget(context, operation);
                case VoiceProject project:
                    return new ReadyTarget(project, "VoiceProject", project.Id);
                case IVoiceResource resource:
                    return new VoiceResourceTarget(context, resource);
                case CsrProject project:
                    return new ReadyTarget(project, "CsrProject", project.Id ?? string.Empty);
                case CsrModelCopyOperation copy:
                    return new ModelCopyTarget(context, copy);
                case SttEntity entity when !string.IsNullOrEmpty(entity.Id):
                    return new SttEntityTarget(context, entity);
                default:
                    throw new SpeechInputException("NotWaitable",
                        $"Wait-SpeechOperation cannot wait for a {item?.GetType().Name ?? "null"}. Pipe the output of a New-*, Suspend-/Resume-VoiceEndpoint or Get-* cmdlet of this module (operations, consents, training sets, models, endpoints, personal voices, custom speech datasets, models, evaluations, model copies).",
                        "InputObject");
            }
        }
    }
}
