using System.Management.Automation;
using SpeechCustom.Engine.Errors;
using SpeechCustom.Engine.Models.Common;
using SpeechCustom.Engine.Validation;
using SpeechCustom.Infrastructure;

namespace SpeechCustom.Cmdlets.Common
{
    /// <summary>
    /// <para type="synopsis">Describes audio or script files in an Azure Blob Storage container for the Speech service to read.</para>
    /// </summary>
    [Cmdlet(VerbsCommon.New, "SpeechBlobSource")]
    [OutputType(typeof(BlobContentSource))]
    public sealed class NewSpeechBlobSourceCmdlet : SpeechCmdlet
    {
        [Parameter(Mandatory = true, Position = 0, ValueFromPipelineByPropertyName = true)]
        [ValidateNotNullOrEmpty]
        public string ContainerUrl { get; set; } = string.Empty;

        [Parameter(ValueFromPipelineByPropertyName = true)]
        public string? Prefix { get; set; }

        [Parameter(Mandatory = true, Position = 1, ValueFromPipelineByPropertyName = true)]
        [ValidateNotNullOrEmpty]
        public string[] Extension { get; set; } = new string[0];

        protected override void ProcessRecord()
        {
            BlobContentSource? source = null;
            var input = new BlobContentSource { ContainerUrl = ContainerUrl, Prefix = Prefix, Extensions = Extension };
            if (!Checked(() => source = BlobSourceRules.Checked(input, "ContainerUrl"), input.ContainerUrl))
                return;
            if (!source!.HasSas)
                WriteWarning("The container URL has no SAS signature; the service can only read it if the container allows anonymous read and list. Create a SAS with read and list permissions.");
            WriteSpeechObject(source);
        }
    }
}
