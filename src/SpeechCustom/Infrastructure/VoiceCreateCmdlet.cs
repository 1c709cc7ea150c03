using System;
using System.Management.Automation;
using System.Threading;
using System.Threading.Tasks;
using SpeechCustom.Engine.Connection;
using SpeechCustom.Engine.CustomVoice;
using SpeechCustom.Engine.Errors;

namespace SpeechCustom.Infrastructure
{
    /// <summary>
    /// Base of the custom voice create cmdlets (ids are chosen by the caller): adds -SkipExisting, so a runbook can be
    /// run again after a failure without manual clean-up.
    /// </summary>
    public abstract class VoiceCreateCmdlet : WaitableCmdlet
    {
        /// <summary>
        /// <para type="description">When the resource already exists with the same definition, report it and return the existing resource instead of failing. A resource with the same id but a different definition is still an error, naming what differs.</para>
        /// </summary>
        [Parameter]
        public SwitchParameter SkipExisting { get; set; }

        /// <summary>
        /// Creates <paramref name="what"/> '<paramref name="id"/>' after ShouldProcess; with -SkipExisting, first looks for it and
        /// reuses it when it matches <paramref name="wanted"/>. Delivers the result (or waits for it with -Wait).
        /// </summary>
        internal void CreateOrReuse(SpeechContext context, string what, string id, object wanted, string action,
            Func<CancellationToken, Task<object?>> findExisting, Func<CancellationToken, Task<object>> create)
        {
            if (SkipExisting)
            {
                object? existing = null;
                if (!Run(async ct => existing = await findExisting(ct).ConfigureAwait(false), id))
                    return;
                if (existing != null)
                {
                    var differences = DefinitionComparer.Differences(existing, wanted);
                    if (differences.Count > 0)
                    {
                        WriteError(ErrorRecords.From(new SpeechException("ExistsWithDifferentDefinition",
                            $"The {what} '{id}' already exists with a different definition: {string.Join("; ", differences)}.",
                            SpeechErrorCategory.ResourceExists, id, $"Use another id, or remove the existing {what} first."), id));
                        return;
                    }
                    WriteWarning($"The {what} '{id}' already exists with the same definition; returning it (-SkipExisting).");
                    Deliver(existing, context);
                    return;
                }
            }

            if (!ShouldProcess($"{what} '{id}'", action))
                return;
            object? created = null;
            Run(async ct => created = await create(ct).ConfigureAwait(false), id);
            if (created != null)
                Deliver(created, context);
        }
    }
}
