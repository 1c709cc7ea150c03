using System.Collections;
using System.Management.Automation;
using System.Security;
using SpeechCustom.Engine.Models.SpeechToText;
using SpeechCustom.Engine.Paging;
using SpeechCustom.Engine.SpeechToText;
using SpeechCustom.Engine.Validation;
using SpeechCustom.Infrastructure;

namespace SpeechCustom.Cmdlets.Transcription
{
    /// <summary>
    /// <para type="synopsis">Registers a web hook: a URL the service calls back when transcriptions, datasets, models, evaluations or endpoints change.</para>
    /// </summary>
    [Cmdlet(VerbsCommon.New, "SpeechWebHook", SupportsShouldProcess = true)]
    [OutputType(typeof(SpeechWebHook))]
    public sealed class NewSpeechWebHookCmdlet : WaitableCmdlet
    {
        [Parameter(Mandatory = true, Position = 0)]
        [Alias("Name")]
        [ValidateNotNullOrEmpty]
        public string DisplayName { get; set; } = string.Empty;

        [Parameter(Mandatory = true)]
        [ValidateNotNullOrEmpty]
        public string WebUrl { get; set; } = string.Empty;

        [Parameter(Mandatory = true)]
        [ArgumentCompleter(typeof(WebHookEventCompleter))]
        [ValidateNotNullOrEmpty]
        public string[] Event { get; set; } = new string[0];

        [Parameter]
        public SecureString? Secret { get; set; }

        [Parameter]
        public string? Description { get; set; }

        [Parameter]
        public Hashtable? CustomProperty { get; set; }

        protected override void ProcessRecord()
        {
            var definition = new SpeechWebHookDefinition
            {
                DisplayName = DisplayName,
                Description = Description,
                WebUrl = WebUrl,
                Events = Event,
                CustomProperties = CsrCmdletHelpers.ToDictionary(CustomProperty),
            };
            if (!Checked(() => SpeechToTextClient.CheckWebHookDefinition(definition), DisplayName))
                return;
            var context = ResolveContext();
            if (!ShouldProcess($"web hook '{DisplayName}'", $"Register {Engine.Diagnostics.SecretRedactor.RedactForTrace(new System.Uri(WebUrl))} for {string.Join(", ", Event)}"))
                return;
            // The secret is read from the SecureString only now, for the one request that carries it.
            definition.Secret = SecureStrings.ToPlain(Secret);
            SpeechWebHook? hook = null;
            Run(async ct => hook = await context.SpeechToText.CreateWebHookAsync(definition, ct).ConfigureAwait(false), DisplayName);
            if (hook != null)
            {
                WriteVerbose($"Web hook '{DisplayName}' registered: {hook.Id} ({hook.Status}); the service now sends the challenge to {hook.WebUrl}.");
                Deliver(hook, context);
            }
        }
    }

    /// <summary>
    /// <para type="synopsis">Gets web hooks: by id, or a filtered list read page by page.</para>
    /// </summary>
    [Cmdlet(VerbsCommon.Get, "SpeechWebHook", DefaultParameterSetName = "List", SupportsPaging = true)]
    [OutputType(typeof(SpeechWebHook))]
    public sealed class GetSpeechWebHookCmdlet : SpeechServiceCmdlet
    {
        [Parameter(Mandatory = true, Position = 0, ParameterSetName = "Id", ValueFromPipeline = true)]
        [SttIdTransformation("SpeechWebHook")]
        [Alias("WebHookId")]
        [ValidateNotNullOrEmpty]
        public string[] Id { get; set; } = new string[0];

        [Parameter(ParameterSetName = "List")]
        public string? Filter { get; set; }

        [Parameter(ParameterSetName = "List")]
        public string? WebUrl { get; set; }

        [Parameter(ParameterSetName = "List")]
        [ValidateSet("NotStarted", "Running", "Succeeded", "Failed")]
        public string? Status { get; set; }

        [Parameter(ParameterSetName = "List")]
        public string? DisplayName { get; set; }

        protected override void ProcessRecord()
        {
            if (ParameterSetName == "Id")
            {
                this.GetEach(Id, id => InputRules.GuidOf(id, "Id"), (c, id, ct) => c.SpeechToText.GetWebHookAsync(id, ct));
                return;
            }
            this.WriteList(() => new FilterBuilder().Equal("status", Status).Equal("displayName", DisplayName).Equal("webUrl", WebUrl).Raw(Filter).Build(),
                (c, filter, skip) => c.SpeechToText.ListWebHooks(filter, skip, this.Top()), Filter);
        }
    }

    /// <summary>
    /// <para type="synopsis">Changes a web hook: its URL, events, secret, name, description or custom properties.</para>
    /// </summary>
    [Cmdlet(VerbsCommon.Set, "SpeechWebHook", DefaultParameterSetName = "Secret", SupportsShouldProcess = true)]
    [OutputType(typeof(SpeechWebHook))]
    public sealed class SetSpeechWebHookCmdlet : WaitableCmdlet
    {
        [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true)]
        [SttIdTransformation("SpeechWebHook")]
        [Alias("WebHookId")]
        [ValidateNotNullOrEmpty]
        public string[] Id { get; set; } = new string[0];

        [Parameter]
        [ValidateNotNullOrEmpty]
        public string? WebUrl { get; set; }

        [Parameter]
        [ArgumentCompleter(typeof(WebHookEventCompleter))]
        [ValidateNotNullOrEmpty]
        public string[]? Event { get; set; }

        [Parameter(ParameterSetName = "Secret")]
        public SecureString? Secret { get; set; }

        [Parameter(Mandatory = true, ParameterSetName = "RemoveSecret")]
        public SwitchParameter RemoveSecret { get; set; }

        [Parameter]
        [Alias("Name")]
        [ValidateNotNullOrEmpty]
        public string? DisplayName { get; set; }

        [Parameter]
        public string? Description { get; set; }

        [Parameter]
        public Hashtable? CustomProperty { get; set; }

        [Parameter]
        public SwitchParameter PassThru { get; set; }

        protected override void ProcessRecord()
        {
            var changes = new SpeechWebHookDefinition
            {
                DisplayName = DisplayName,
                Description = Description,
                WebUrl = WebUrl,
                Events = Event,
                CustomProperties = CsrCmdletHelpers.ToDictionary(CustomProperty),
                // Only a marker for the local check; the real secret is read just before sending.
                Secret = RemoveSecret ? string.Empty : Secret is null ? null : "(given)",
            };
            if (!Checked(() => SpeechToTextClient.CheckWebHookChanges(changes), Id.Length == 1 ? Id[0] : null))
                return;
            foreach (var id in Id)
            {
                if (!Checked(() => InputRules.GuidOf(id, "Id"), id))
                    continue;
                var context = ResolveContext(id);
                if (!ShouldProcess($"web hook '{id}'", RemoveSecret ? "Update (callbacks no longer signed)" : "Update"))
                    continue;
                changes.Secret = RemoveSecret ? string.Empty : SecureStrings.ToPlain(Secret);
                SpeechWebHook? hook = null;
                Run(async ct => hook = await context.SpeechToText.UpdateWebHookAsync(id, changes, ct).ConfigureAwait(false), id);
                if (hook is null)
                    continue;
                if (Wait)
                    Deliver(hook, context);
                else if (PassThru)
                    WriteSpeechObject(hook);
            }
        }
    }

    /// <summary>
    /// <para type="synopsis">Deletes web hooks: the service stops calling their URLs.</para>
    /// </summary>
    [Cmdlet(VerbsCommon.Remove, "SpeechWebHook", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.High)]
    [OutputType(typeof(void))]
    public sealed class RemoveSpeechWebHookCmdlet : SpeechServiceCmdlet
    {
        [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true)]
        [SttIdTransformation("SpeechWebHook")]
        [Alias("WebHookId")]
        [ValidateNotNullOrEmpty]
        public string[] Id { get; set; } = new string[0];

        [Parameter]
        public SwitchParameter Force { get; set; }

        protected override void ProcessRecord()
            => this.RemoveEach(Id, "web hook", Force, id => InputRules.GuidOf(id, "Id"), (c, id, ct) => c.SpeechToText.DeleteWebHookAsync(id, ct));
    }

    /// <summary>
    /// <para type="synopsis">Makes the service call a web hook now: test events from the latest matching entities, or a ping.</para>
    /// </summary>
    [Cmdlet(VerbsDiagnostic.Test, "SpeechWebHook", SupportsShouldProcess = true)]
    [OutputType(typeof(bool))]
    public sealed class TestSpeechWebHookCmdlet : SpeechServiceCmdlet
    {
        [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true)]
        [SttIdTransformation("SpeechWebHook")]
        [Alias("WebHookId")]
        [ValidateNotNullOrEmpty]
        public string[] Id { get; set; } = new string[0];

        [Parameter]
        public SwitchParameter Ping { get; set; }

        protected override void ProcessRecord()
        {
            foreach (var id in Id)
            {
                if (!Checked(() => InputRules.GuidOf(id, "Id"), id))
                    continue;
                var context = ResolveContext(id);
                // The service then really calls the hook's URL, so -WhatIf stops here.
                if (!ShouldProcess($"web hook '{id}'", Ping ? "Send a ping event" : "Send test events"))
                    continue;
                bool? sent = null;
                Run(async ct => sent = await context.SpeechToText.TriggerWebHookAsync(id, Ping, ct).ConfigureAwait(false), id);
                if (sent is null)
                    continue;
                WriteVerbose(sent.Value
                    ? $"The service is sending {(Ping ? "a ping event" : "a test event for each registered event kind")} to web hook '{id}'."
                    : $"Web hook '{id}': no entity exists yet for any of its events, so there was nothing to send.");
                WriteObject(sent.Value);
            }
        }
    }
}
