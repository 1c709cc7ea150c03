using System;
using System.Management.Automation;
using System.Threading;
using System.Threading.Tasks;
using SpeechCustom.Engine.Connection;
using SpeechCustom.Engine.CustomVoice;
using SpeechCustom.Engine.Models.CustomVoice;
using SpeechCustom.Engine.Validation;
using SpeechCustom.Infrastructure;

namespace SpeechCustom.Cmdlets.Voice
{
    /// <summary>
    /// <para type="synopsis">Deploys a voice model to a new endpoint.</para>
    /// </summary>
    [Cmdlet(VerbsCommon.New, "VoiceEndpoint", SupportsShouldProcess = true)]
    [OutputType(typeof(VoiceEndpoint))]
    public sealed class NewVoiceEndpointCmdlet : VoiceCreateCmdlet
    {
        /// <summary>The endpoint's GUID; a new one when not given.</summary>
        [Parameter(Position = 0)]
        public string? Id { get; set; }

        [Parameter(Mandatory = true, ValueFromPipelineByPropertyName = true)]
        [ArgumentCompleter(typeof(VoiceProjectIdCompleter))]
        [ValidateNotNullOrEmpty]
        public string ProjectId { get; set; } = string.Empty;

        [Parameter(Mandatory = true, ValueFromPipelineByPropertyName = true)]
        [ArgumentCompleter(typeof(VoiceModelIdCompleter))]
        [ValidateNotNullOrEmpty]
        public string ModelId { get; set; } = string.Empty;

        [Parameter]
        public VoiceEndpointKind? Kind { get; set; }

        [Parameter]
        public string? DisplayName { get; set; }

        [Parameter]
        public string? Description { get; set; }

        [Parameter]
        public string? OperationId { get; set; }

        protected override void ProcessRecord()
        {
            VoiceEndpoint? body = null;
            var definition = new VoiceEndpoint
            {
                Id = Id ?? string.Empty, ProjectId = ProjectId, ModelId = ModelId, DisplayName = DisplayName, Description = Description,
                Properties = Kind is null ? null : new VoiceEndpointProperties { Kind = Kind.ToString() },
            };
            if (!Checked(() =>
            {
                if (SkipExisting && string.IsNullOrEmpty(Id))
                    throw new Engine.Errors.SpeechInputException("SkipExistingNeedsId", "-SkipExisting needs -Id: an endpoint's id is a GUID generated when not given, so without one every run would deploy (and bill) another endpoint.", "Id");
                body = CustomVoiceClient.CheckEndpoint(definition);
                CustomVoiceClient.OperationIdOrNew(OperationId);
            }, Id ?? ModelId))
                return;
            var context = ResolveContext();
            var id = body!.Id;
            CreateOrReuse(context, "endpoint", id, body, $"Deploy model '{ModelId}'",
                async ct => await CustomVoiceClient.TryGetAsync(() => context.CustomVoice.GetEndpointAsync(id, ct)).ConfigureAwait(false),
                async ct => await context.CustomVoice.CreateEndpointAsync(body, OperationId, ct).ConfigureAwait(false));
        }
    }

    /// <summary>
    /// <para type="synopsis">Gets voice endpoints: by id, or a filtered list read page by page.</para>
    /// </summary>
    [Cmdlet(VerbsCommon.Get, "VoiceEndpoint", DefaultParameterSetName = "List", SupportsPaging = true)]
    [OutputType(typeof(VoiceEndpoint))]
    public sealed class GetVoiceEndpointCmdlet : SpeechServiceCmdlet
    {
        [Parameter(Mandatory = true, Position = 0, ParameterSetName = "Id", ValueFromPipeline = true)]
        [ResourceIdTransformation("VoiceEndpoint")]
        [Alias("EndpointId")]
        [ArgumentCompleter(typeof(VoiceEndpointIdCompleter))]
        [ValidateNotNullOrEmpty]
        public string[] Id { get; set; } = new string[0];

        [Parameter(ParameterSetName = "List")]
        [ArgumentCompleter(typeof(VoiceProjectIdCompleter))]
        public string? ProjectId { get; set; }

        [Parameter(ParameterSetName = "List")]
        public string? Filter { get; set; }

        protected override void ProcessRecord()
        {
            if (ParameterSetName == "Id")
            {
                this.GetEach(Id, id => InputRules.GuidOf(id, "Id"), (c, id, ct) => c.CustomVoice.GetEndpointAsync(id, ct));
                return;
            }
            this.WriteList(() => VoiceFilters.Build(ProjectId, null, Filter), (c, filter, skip) => c.CustomVoice.ListEndpoints(filter, skip, null));
        }
    }

    /// <summary>
    /// <para type="synopsis">Deletes voice endpoints.</para>
    /// </summary>
    [Cmdlet(VerbsCommon.Remove, "VoiceEndpoint", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.High)]
    [OutputType(typeof(void))]
    public sealed class RemoveVoiceEndpointCmdlet : SpeechServiceCmdlet
    {
        [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true)]
        [ResourceIdTransformation("VoiceEndpoint")]
        [Alias("EndpointId")]
        [ArgumentCompleter(typeof(VoiceEndpointIdCompleter))]
        [ValidateNotNullOrEmpty]
        public string[] Id { get; set; } = new string[0];

        [Parameter]
        public SwitchParameter Force { get; set; }

        protected override void ProcessRecord()
            => this.RemoveEach(Id, "endpoint", Force, id => InputRules.GuidOf(id, "Id"), (c, id, ct) => c.CustomVoice.DeleteEndpointAsync(id, ct));
    }

    /// <summary>
    /// <para type="synopsis">Suspends voice endpoints (Disabling, then Disabled): no hosting charges while suspended.</para>
    /// </summary>
    [Cmdlet(VerbsLifecycle.Suspend, "VoiceEndpoint", SupportsShouldProcess = true)]
    [OutputType(typeof(VoiceEndpoint))]
    public sealed class SuspendVoiceEndpointCmdlet : WaitableCmdlet
    {
        [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true)]
        [ResourceIdTransformation("VoiceEndpoint")]
        [Alias("EndpointId")]
        [ArgumentCompleter(typeof(VoiceEndpointIdCompleter))]
        [ValidateNotNullOrEmpty]
        public string[] Id { get; set; } = new string[0];

        protected override void ProcessRecord()
            => EndpointActions.Apply(this, Id, "Suspend", (c, id, ct) => c.CustomVoice.SuspendEndpointAsync(id, null, ct));
    }

    /// <summary>
    /// <para type="synopsis">Resumes suspended voice endpoints (Running, then Succeeded).</para>
    /// </summary>
    [Cmdlet(VerbsLifecycle.Resume, "VoiceEndpoint", SupportsShouldProcess = true)]
    [OutputType(typeof(VoiceEndpoint))]
    public sealed class ResumeVoiceEndpointCmdlet : WaitableCmdlet
    {
        [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true)]
        [ResourceIdTransformation("VoiceEndpoint")]
        [Alias("EndpointId")]
        [ArgumentCompleter(typeof(VoiceEndpointIdCompleter))]
        [ValidateNotNullOrEmpty]
        public string[] Id { get; set; } = new string[0];

        protected override void ProcessRecord()
            => EndpointActions.Apply(this, Id, "Resume", (c, id, ct) => c.CustomVoice.ResumeEndpointAsync(id, null, ct));
    }

    /// <summary>Suspend and resume share everything but the action.</summary>
    internal static class EndpointActions
    {
        public static void Apply(WaitableCmdlet cmdlet, string[] ids, string action, Func<SpeechContext, string, CancellationToken, Task<VoiceEndpoint>> act)
        {
            foreach (var id in ids)
            {
                if (!cmdlet.Checked(() => InputRules.GuidOf(id, "Id"), id))
                    continue;
                var context = cmdlet.ResolveContext(id);
                if (!cmdlet.ShouldProcess($"endpoint '{id}'", action))
                    continue;
                VoiceEndpoint? endpoint = null;
                cmdlet.Run(async ct => endpoint = await act(context, id, ct).ConfigureAwait(false), id);
                if (endpoint != null)
                    cmdlet.Deliver(endpoint, context);
            }
        }
    }
}
