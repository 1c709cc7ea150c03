using System.Management.Automation;
using SpeechCustom.Engine.Connection;
using SpeechCustom.Engine.Models.SpeechToText;
using SpeechCustom.Engine.SpeechToText;
using SpeechCustom.Infrastructure;

namespace SpeechCustom.Cmdlets.Csr
{
    /// <summary>
    /// <para type="synopsis">Copies custom speech models to another Speech resource (API v3.2 and later).</para>
    /// </summary>
    [Cmdlet(VerbsCommon.Copy, "CsrModel", SupportsShouldProcess = true)]
    [OutputType(typeof(CsrModelCopyOperation), typeof(CsrModel))]
    public sealed class CopyCsrModelCmdlet : WaitableCmdlet
    {
        [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true)]
        [SttIdTransformation("CsrModel")]
        [Alias("ModelId")]
        [ValidateNotNullOrEmpty]
        public string[] Id { get; set; } = new string[0];

        [Parameter(Mandatory = true)]
        [ValidateNotNull]
        public SpeechContext TargetContext { get; set; } = null!;

        [Parameter(Mandatory = true)]
        [ValidateNotNullOrEmpty]
        public string SourceResourceId { get; set; } = string.Empty;

        protected override void ProcessRecord()
        {
            foreach (var id in Id)
            {
                var source = ResolveContext(id);
                if (!Checked(() => SpeechToTextClient.CheckModelCopy(id, SourceResourceId, TargetContext, source), id))
                    continue;
                if (!ShouldProcess($"model '{id}'", $"Copy from {source.Endpoint.Host} to {TargetContext.Endpoint.Host}"))
                    continue;
                CsrModelCopyOperation? operation = null;
                Run(async ct => operation = await source.SpeechToText.CopyModelAsync(id, TargetContext, SourceResourceId, ct).ConfigureAwait(false), id);
                if (operation != null)
                {
                    WriteVerbose($"Copy of model '{id}' to {TargetContext.Endpoint.Host} started: operation {operation.Id} ({operation.Status}).");
                    Deliver(operation, source);
                }
            }
        }
    }
}
