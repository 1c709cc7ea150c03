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
                var context = ResolveContext(id);
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
    /// <para type="synopsis">Gets the audio and transcription logs of a custom speech endpoint, or of the base model endpoints of a locale (API version v3.2).</para>
    /// </summary>
    [Cmdlet(VerbsCommon.Get, "CsrEndpointLog", DefaultParameterSetName = "List", SupportsPaging = true)]
    [OutputType(typeof(CsrFile))]
    public sealed class GetCsrEndpointLogCmdlet : SpeechServiceCmdlet
    {
        [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ParameterSetName = "List")]
        [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ParameterSetName = "LogId")]
        [SttIdTransformation("CsrEndpoint")]
        [Alias("Id")]
        [ValidateNotNullOrEmpty]
        public string EndpointId { get; set; } = string.Empty;

        /// <summary>Logs of requests to the base models of this locale (base model endpoints have no id).</summary>
        [Parameter(Mandatory = true, ParameterSetName = "BaseModel")]
        [Parameter(Mandatory = true, ParameterSetName = "BaseModelLogId")]
        [ArgumentCompleter(typeof(EndpointLocaleCompleter))]
        [ValidateNotNullOrEmpty]
        public string BaseModelLocale { get; set; } = string.Empty;

        [Parameter(Mandatory = true, ParameterSetName = "LogId")]
        [Parameter(Mandatory = true, ParameterSetName = "BaseModelLogId")]
        [ValidateNotNullOrEmpty]
        public string[] LogId { get; set; } = new string[0];

        protected override void ProcessRecord()
        {
            var target = ParameterSetName.StartsWith("BaseModel") ? BaseModelLocale : EndpointId;
            EndpointLogOwner? owner = null;
            if (!Checked(() =>
            {
                owner = EndpointLogs.OwnerOf(ParameterSetName, EndpointId, BaseModelLocale);
                foreach (var log in LogId)
                    SpeechToTextClient.LogIdOf(log);
            }, target))
                return;
            var context = ResolveContext(EndpointId);
            if (!Checked(context.SpeechToText.RequireEndpointLogs, target))
                return;
            if (ParameterSetName.EndsWith("LogId"))
            {
                foreach (var log in LogId)
                    Run(async ct => Emit(await context.SpeechToText.GetEndpointLogAsync(owner!, log, ct).ConfigureAwait(false)), log);
                return;
            }
            // The log API pages with a skip token, not skip: -Skip is applied here.
            Run(ct => PagedOutput.WriteAsync(this, context.SpeechToText.ListEndpointLogs(owner!, this.Top()), ct, null, PagingParameters.Skip));
        }
    }

    /// <summary>
    /// <para type="synopsis">Deletes audio and transcription logs of a custom speech endpoint or of a locale's base model endpoints: one log, the logs up to a day, or all (API version v3.2).</para>
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

        /// <summary>Logs of requests to the base models of this locale.</summary>
        [Parameter(Mandatory = true, ParameterSetName = "BaseModelEndDate")]
        [Parameter(Mandatory = true, ParameterSetName = "BaseModelLogId")]
        [Parameter(Mandatory = true, ParameterSetName = "BaseModelAll")]
        [ArgumentCompleter(typeof(EndpointLocaleCompleter))]
        [ValidateNotNullOrEmpty]
        public string BaseModelLocale { get; set; } = string.Empty;

        [Parameter(Mandatory = true, ParameterSetName = "EndDate")]
        [Parameter(Mandatory = true, ParameterSetName = "BaseModelEndDate")]
        public DateTime EndDate { get; set; }

        [Parameter(Mandatory = true, ParameterSetName = "LogId")]
        [Parameter(Mandatory = true, ParameterSetName = "BaseModelLogId")]
        [ValidateNotNullOrEmpty]
        public string[] LogId { get; set; } = new string[0];

        [Parameter(Mandatory = true, ParameterSetName = "All")]
        [Parameter(Mandatory = true, ParameterSetName = "BaseModelAll")]
        public SwitchParameter All { get; set; }

        /// <summary>Logs from Get-CsrEndpointLog (each knows whose it is), so `Get-CsrEndpointLog $e | Remove-CsrEndpointLog` works.</summary>
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
            var target = ParameterSetName.StartsWith("BaseModel") ? BaseModelLocale : EndpointId;
            EndpointLogOwner? owner = null;
            if (!Checked(() =>
            {
                owner = EndpointLogs.OwnerOf(ParameterSetName, EndpointId, BaseModelLocale);
                foreach (var log in LogId)
                    SpeechToTextClient.LogIdOf(log);
            }, target))
                return;
            var context = ResolveContext(EndpointId);
            if (!Checked(context.SpeechToText.RequireEndpointLogs, target))
                return;
            if (ParameterSetName.EndsWith("LogId"))
            {
                foreach (var log in LogId)
                    RemoveOne(context, owner!, log);
            }
            else if (ParameterSetName.EndsWith("EndDate"))
            {
                var day = SpeechToTextClient.EndDateOf(EndDate);
                if (Approve($"logs of {owner} up to and including {day} (UTC)", "Remove", Force)
                    && Run(ct => context.SpeechToText.DeleteEndpointLogsAsync(owner!, EndDate, ct), target))
                    WriteVerbose($"The service is deleting the logs of {owner} up to {day}; this can take up to a day.");
            }
            else if (Approve($"all logs of {owner}", "Remove", Force)
                && Run(ct => context.SpeechToText.DeleteEndpointLogsAsync(owner!, null, ct), target))
            {
                WriteVerbose($"The service is deleting all logs of {owner}; this can take up to a day.");
            }
        }

        private void RemoveLogs()
        {
            foreach (var item in Log)
            {
                EndpointLogOwner? owner = null;
                string? logId = null;
                if (!Checked(() => (owner, logId) = EndpointLogOwner.OfLog(item.TypeNames.Contains("SpeechCustom.CsrFile") ? item.Properties["Self"]?.Value as string : null), item))
                    continue;
                var context = ResolveContext(item);
                if (!Checked(context.SpeechToText.RequireEndpointLogs, item))
                    return;
                RemoveOne(context, owner!, logId!);
            }
        }

        private void RemoveOne(Engine.Connection.SpeechContext context, EndpointLogOwner owner, string logId)
        {
            if (Approve($"log '{logId}' of {owner}", "Remove", Force) && Run(ct => context.SpeechToText.DeleteEndpointLogAsync(owner, logId, ct), logId))
                WriteVerbose($"Removed log '{logId}' of {owner}.");
        }
    }

    /// <summary>Whose logs a parameter set of the endpoint log cmdlets names.</summary>
    internal static class EndpointLogs
    {
        public static EndpointLogOwner OwnerOf(string parameterSet, string endpointId, string baseModelLocale)
            => parameterSet.StartsWith("BaseModel") ? EndpointLogOwner.BaseModels(baseModelLocale) : EndpointLogOwner.Endpoint(endpointId);
    }
}
