using System;
using System.Collections;
using System.Management.Automation;
using SpeechCustom.Engine.Models.SpeechToText;
using SpeechCustom.Engine.SpeechToText;
using SpeechCustom.Engine.Validation;
using SpeechCustom.Infrastructure;

namespace SpeechCustom.Cmdlets.Csr
{
    /// <summary>
    /// <para type="synopsis">Deploys a custom speech model to a new endpoint for real-time recognition.</para>
    /// </summary>
    [Cmdlet(VerbsCommon.New, "CsrEndpoint", SupportsShouldProcess = true)]
    [OutputType(typeof(CsrEndpoint))]
    public sealed class NewCsrEndpointCmdlet : WaitableCmdlet
    {
        [Parameter(Mandatory = true, ValueFromPipeline = true)]
        [SttReferenceTransformation("CsrModel", "CsrBaseModel", AsSelf = true)]
        [Alias("ModelId")]
        [ValidateNotNullOrEmpty]
        public string Model { get; set; } = string.Empty;

        [Parameter(Mandatory = true, Position = 0)]
        [Alias("Name")]
        [ValidateNotNullOrEmpty]
        public string DisplayName { get; set; } = string.Empty;

        [Parameter(Mandatory = true, ValueFromPipelineByPropertyName = true)]
        [ArgumentCompleter(typeof(EndpointLocaleCompleter))]
        [ValidateNotNullOrEmpty]
        public string Locale { get; set; } = string.Empty;

        [Parameter]
        public string? Description { get; set; }

        [Parameter]
        public SwitchParameter LoggingEnabled { get; set; }

        [Parameter(ValueFromPipelineByPropertyName = true)]
        [SttReferenceTransformation("CsrProject", AsSelf = true)]
        public string? Project { get; set; }

        [Parameter]
        public Hashtable? CustomProperty { get; set; }

        [Parameter]
        public string? Text { get; set; }

        [Parameter]
        public TimeSpan TimeToLive { get; set; }

        protected override void ProcessRecord()
        {
            var definition = new CsrEndpointDefinition
            {
                DisplayName = DisplayName,
                Description = Description,
                Locale = Locale,
                Model = Model,
                Project = Project,
                LoggingEnabled = LoggingEnabled,
                Text = Text,
                TimeToLive = this.Given(nameof(TimeToLive), TimeToLive),
                CustomProperties = CsrCmdletHelpers.ToDictionary(CustomProperty),
            };
            // Checks that need no connection come first: bad input is reported even when not connected.
            if (!Checked(() => SpeechToTextClient.CheckEndpointDefinition(definition), DisplayName))
                return;
            var context = ResolveContext();
            if (!Checked(() => context.SpeechToText.CheckEndpoint(definition), DisplayName))
                return;
            if (!ShouldProcess($"endpoint '{DisplayName}' ({Locale})", $"Deploy model {EntityId.FromSelf(Model) ?? Model}"))
                return;

            CsrEndpoint? endpoint = null;
            Run(async ct => endpoint = await context.SpeechToText.CreateEndpointAsync(definition, ct).ConfigureAwait(false), DisplayName);
            if (endpoint != null)
            {
                WriteVerbose($"Endpoint '{DisplayName}' created: {endpoint.Id} ({endpoint.Status}).");
                Deliver(endpoint, context);
            }
        }
    }

    /// <summary>
    /// <para type="synopsis">Gets custom speech endpoints: by id, or a filtered list (of the resource or of a project) read page by page.</para>
    /// </summary>
    [Cmdlet(VerbsCommon.Get, "CsrEndpoint", DefaultParameterSetName = ListSet, SupportsPaging = true)]
    [OutputType(typeof(CsrEndpoint))]
    public sealed class GetCsrEndpointCmdlet : CsrGetCmdlet
    {
        [Parameter(Mandatory = true, Position = 0, ParameterSetName = IdSet, ValueFromPipeline = true)]
        [SttIdTransformation("CsrEndpoint", PassThrough = new[] { "CsrProject" })]
        [Alias("EndpointId")]
        [ValidateNotNullOrEmpty]
        public string[] Id { get; set; } = new string[0];

        protected override void ProcessRecord()
            => GetOrList(Id, (c, id, ct) => c.SpeechToText.GetEndpointAsync(id, ct), (c, filter, skip, top, project) => c.SpeechToText.ListEndpoints(filter, skip, top, project));
    }

    /// <summary>
    /// <para type="synopsis">Changes a custom speech endpoint: its name, description, model, content logging, project or custom properties.</para>
    /// </summary>
    [Cmdlet(VerbsCommon.Set, "CsrEndpoint", SupportsShouldProcess = true)]
    [OutputType(typeof(CsrEndpoint))]
    public sealed class SetCsrEndpointCmdlet : SpeechServiceCmdlet
    {
        [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true)]
        [SttIdTransformation("CsrEndpoint")]
        [Alias("EndpointId")]
        [ValidateNotNullOrEmpty]
        public string[] Id { get; set; } = new string[0];

        [Parameter]
        [Alias("Name")]
        [ValidateNotNullOrEmpty]
        public string? DisplayName { get; set; }

        [Parameter]
        public string? Description { get; set; }

        [Parameter]
        [SttReferenceTransformation("CsrModel", "CsrBaseModel", AsSelf = true)]
        [Alias("ModelId")]
        public string? Model { get; set; }

        [Parameter]
        public SwitchParameter LoggingEnabled { get; set; }

        [Parameter]
        [SttReferenceTransformation("CsrProject", AsSelf = true)]
        public string? Project { get; set; }

        [Parameter]
        public Hashtable? CustomProperty { get; set; }

        [Parameter]
        public SwitchParameter PassThru { get; set; }

        protected override void ProcessRecord()
        {
            var changes = new CsrEndpointChanges
            {
                DisplayName = DisplayName,
                Description = Description,
                Model = Model,
                Project = Project,
                LoggingEnabled = this.Given(nameof(LoggingEnabled), LoggingEnabled),
                CustomProperties = CsrCmdletHelpers.ToDictionary(CustomProperty),
            };
            foreach (var id in Id)
            {
                if (!Checked(() => InputRules.GuidOf(id, "Id"), id))
                    continue;
                var context = ResolveContext();
                if (!Checked(() => context.SpeechToText.CheckEndpointChanges(changes), id))
                    return;
                if (!ShouldProcess($"endpoint '{id}'", "Update"))
                    continue;
                CsrEndpoint? endpoint = null;
                Run(async ct => endpoint = await context.SpeechToText.UpdateEndpointAsync(id, changes, ct).ConfigureAwait(false), id);
                if (endpoint != null && PassThru)
                    WriteSpeechObject(endpoint);
            }
        }
    }

    /// <summary>
    /// <para type="synopsis">Deletes custom speech endpoints.</para>
    /// </summary>
    [Cmdlet(VerbsCommon.Remove, "CsrEndpoint", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.High)]
    [OutputType(typeof(void))]
    public sealed class RemoveCsrEndpointCmdlet : SpeechServiceCmdlet
    {
        [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true)]
        [SttIdTransformation("CsrEndpoint")]
        [Alias("EndpointId")]
        [ValidateNotNullOrEmpty]
        public string[] Id { get; set; } = new string[0];

        [Parameter]
        public SwitchParameter Force { get; set; }

        protected override void ProcessRecord()
            => this.RemoveEach(Id, "endpoint", Force, id => InputRules.GuidOf(id, "Id"), (c, id, ct) => c.SpeechToText.DeleteEndpointAsync(id, ct));
    }

    /// <summary>
    /// <para type="synopsis">Gets the audio and transcription logs of a custom speech endpoint (API version v3.2).</para>
    /// </summary>
    [Cmdlet(VerbsCommon.Get, "CsrEndpointLog", DefaultParameterSetName = "List", SupportsPaging = true)]
    [OutputType(typeof(CsrFile))]
    public sealed class GetCsrEndpointLogCmdlet : SpeechServiceCmdlet
    {
        [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true)]
        [SttIdTransformation("CsrEndpoint")]
        [Alias("Id")]
        [ValidateNotNullOrEmpty]
        public string EndpointId { get; set; } = string.Empty;

        [Parameter(Mandatory = true, ParameterSetName = "LogId")]
        [ValidateNotNullOrEmpty]
        public string[] LogId { get; set; } = new string[0];

        protected override void ProcessRecord()
        {
            if (!Checked(() =>
            {
                InputRules.GuidOf(EndpointId, "EndpointId");
                foreach (var log in LogId)
                    SpeechToTextClient.LogIdOf(log);
            }, EndpointId))
                return;
            var context = ResolveContext();
            if (!Checked(context.SpeechToText.RequireEndpointLogs, EndpointId))
                return;
            if (ParameterSetName == "LogId")
            {
                foreach (var log in LogId)
                    Run(async ct => Emit(await context.SpeechToText.GetEndpointLogAsync(EndpointId, log, ct).ConfigureAwait(false)), log);
                return;
            }
            // The log API pages with a skip token, not skip: -Skip is applied here.
            Run(ct => PagedOutput.WriteAsync(this, context.SpeechToText.ListEndpointLogs(EndpointId, this.Top()), ct, null, PagingParameters.Skip));
        }
    }

    /// <summary>
    /// <para type="synopsis">Deletes audio and transcription logs of a custom speech endpoint: one log, the logs up to a day, or all (API version v3.2).</para>
    /// </summary>
    [Cmdlet(VerbsCommon.Remove, "CsrEndpointLog", DefaultParameterSetName = "EndDate", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.High)]
    [OutputType(typeof(void))]
    public sealed class RemoveCsrEndpointLogCmdlet : SpeechServiceCmdlet
    {
        [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ParameterSetName = "EndDate")]
        [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ParameterSetName = "LogId")]
        [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ParameterSetName = "All")]
        [SttIdTransformation("CsrEndpoint")]
        [Alias("Id")]
        [ValidateNotNullOrEmpty]
        public string EndpointId { get; set; } = string.Empty;

        [Parameter(Mandatory = true, ParameterSetName = "EndDate")]
        public DateTime EndDate { get; set; }

        [Parameter(Mandatory = true, ParameterSetName = "LogId")]
        [ValidateNotNullOrEmpty]
        public string[] LogId { get; set; } = new string[0];

        [Parameter(Mandatory = true, ParameterSetName = "All")]
        public SwitchParameter All { get; set; }

        /// <summary>Logs from Get-CsrEndpointLog (each knows its endpoint), so `Get-CsrEndpointLog $e | Remove-CsrEndpointLog` works.</summary>
        [Parameter(Mandatory = true, ValueFromPipeline = true, ParameterSetName = "Log")]
        [ValidateNotNull]
        public PSObject[] Log { get; set; } = new PSObject[0];

        [Parameter]
        public SwitchParameter Force { get; set; }

        protected override void ProcessRecord()
        {
            if (ParameterSetName == "Log")
            {
                RemoveLogs();
                return;
            }
            if (!Checked(() =>
            {
                InputRules.GuidOf(EndpointId, "EndpointId");
                foreach (var log in LogId)
                    SpeechToTextClient.LogIdOf(log);
            }, EndpointId))
                return;
            var context = ResolveContext();
            if (!Checked(context.SpeechToText.RequireEndpointLogs, EndpointId))
                return;
            switch (ParameterSetName)
            {
                case "LogId":
                    foreach (var log in LogId)
                    {
                        if (Approve($"log '{log}' of endpoint '{EndpointId}'", "Remove", Force) && Run(ct => context.SpeechToText.DeleteEndpointLogAsync(EndpointId, log, ct), log))
                            WriteVerbose($"Removed log '{log}' of endpoint '{EndpointId}'.");
                    }
                    break;
                case "EndDate":
                    var day = SpeechToTextClient.EndDateOf(EndDate);
                    if (Approve($"logs of endpoint '{EndpointId}' up to and including {day} (UTC)", "Remove", Force)
                        && Run(ct => context.SpeechToText.DeleteEndpointLogsAsync(EndpointId, EndDate, ct), EndpointId))
                        WriteVerbose($"The service is deleting the logs of endpoint '{EndpointId}' up to {day}; this can take up to a day.");
                    break;
                default:
                    if (Approve($"all logs of endpoint '{EndpointId}'", "Remove", Force)
                        && Run(ct => context.SpeechToText.DeleteEndpointLogsAsync(EndpointId, null, ct), EndpointId))
                        WriteVerbose($"The service is deleting all logs of endpoint '{EndpointId}'; this can take up to a day.");
                    break;
            }
        }

        private void RemoveLogs()
        {
            foreach (var item in Log)
            {
                string? endpointId = null, logId = null;
                if (!Checked(() => (endpointId, logId) = SpeechToTextClient.EndpointLogOf(item.TypeNames.Contains("SpeechCustom.CsrFile") ? item.Properties["Self"]?.Value as string : null), item))
                    continue;
                var context = ResolveContext();
                if (!Checked(context.SpeechToText.RequireEndpointLogs, item))
                    return;
                if (Approve($"log '{logId}' of endpoint '{endpointId}'", "Remove", Force) && Run(ct => context.SpeechToText.DeleteEndpointLogAsync(endpointId!, logId!, ct), logId))
                    WriteVerbose($"Removed log '{logId}' of endpoint '{endpointId}'.");
            }
        }
    }
}
