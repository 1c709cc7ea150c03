using System;
using System.Collections;
using System.Collections.Generic;
using System.Management.Automation;
using System.Threading;
using System.Threading.Tasks;
using SpeechCustom.Engine.Connection;
using SpeechCustom.Engine.Models.SpeechToText;

namespace SpeechCustom.Infrastructure
{
    /// <summary>
    /// Base of the Set-Csr* cmdlets: the properties every entity can change (-DisplayName, -Description, -CustomProperty)
    /// and -PassThru. Each cmdlet declares its -Id (its own kind) and -Project or -FoundryProjectName. Only the properties
    /// given are sent (PATCH); the checks run before any request and ShouldProcess names what changes.
    /// </summary>
    public abstract class CsrUpdateCmdlet : SpeechServiceCmdlet
    {
        [Parameter]
        [Alias("Name")]
        public string? DisplayName { get; set; }

        [Parameter]
        public string? Description { get; set; }

        [Parameter]
        public Hashtable? CustomProperty { get; set; }

        [Parameter]
        public SwitchParameter PassThru { get; set; }

        /// <summary>PATCHes each id; <paramref name="check"/> gets a fresh update per id (it may rewrite the project reference).</summary>
        internal void UpdateEach<T>(string[] ids, string what, string? project, string? foundryProjectName,
            Func<SpeechContext, CsrEntityUpdate, CsrEntityUpdate> check, Func<SpeechContext, string, CsrEntityUpdate, CancellationToken, Task<T>> patch)
        {
            foreach (var id in ids)
            {
                var context = ResolveContext(id);
                CsrEntityUpdate? body = null;
                if (!Checked(() =>
                {
                    Engine.Validation.InputRules.GuidOf(id, "Id");
                    body = check(context, new CsrEntityUpdate
                    {
                        DisplayName = DisplayName,
                        Description = Description,
                        CustomProperties = CsrCmdletHelpers.ToDictionary(CustomProperty),
                        Project = project is null ? null : new EntityReference(project),
                        FoundryProjectName = foundryProjectName,
                    });
                }, id))
                    continue;
                if (!ShouldProcess($"{what} '{id}'", "Update " + Describe(body!)))
                    continue;
                T updated = default!;
                if (Run(async ct => updated = await patch(context, id, body!, ct).ConfigureAwait(false), id))
                {
                    WriteVerbose($"Updated {what} '{id}': {Describe(body!)}.");
                    if (PassThru)
                        WriteSpeechObject(updated);
                }
            }
        }

        private static string Describe(CsrEntityUpdate update)
        {
            var parts = new List<string>();
            if (update.DisplayName != null)
                parts.Add($"DisplayName='{update.DisplayName}'");
            if (update.Description != null)
                parts.Add("Description");
            if (update.CustomProperties != null)
                parts.Add($"CustomProperties ({update.CustomProperties.Count})");
            if (update.Project != null)
                parts.Add($"Project={update.Project.Id}");
            if (update.FoundryProjectName != null)
                parts.Add($"FoundryProjectName='{update.FoundryProjectName}'");
            return string.Join(", ", parts);
        }
    }
}
