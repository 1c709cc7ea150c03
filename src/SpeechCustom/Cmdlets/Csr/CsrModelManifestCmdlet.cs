using System;
using System.Management.Automation;
using SpeechCustom.Engine.Models.SpeechToText;
using SpeechCustom.Infrastructure;

namespace SpeechCustom.Cmdlets.Csr
{
    /// <summary>
    /// <para type="synopsis">Gets the manifest a speech container needs to run a custom or base model on premises.</para>
    /// </summary>
    [Cmdlet(VerbsCommon.Get, "CsrModelManifest")]
    [OutputType(typeof(CsrModelManifest))]
    public sealed class GetCsrModelManifestCmdlet : SpeechServiceCmdlet
    {
        /// <summary>Models and base models live in different collections, so objects give their Self URL.</summary>
        [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true)]
        [SttIdTransformation("CsrModel", "CsrBaseModel", AsSelf = true)]
        [Alias("ModelId")]
        [ValidateNotNullOrEmpty]
        public string[] Id { get; set; } = new string[0];

        [Parameter]
        [ValidateRange(1, 35791394)]
        public int SasLifetimeMinutes { get; set; }

        protected override void ProcessRecord()
        {
            foreach (var id in Id)
            {
                if (!Checked(() => CheckReference(id), id))
                    continue;
                var context = ResolveContext(id);
                TimeSpan? lifetime = SasLifetimeMinutes > 0 ? TimeSpan.FromMinutes(SasLifetimeMinutes) : (TimeSpan?)null;
                Run(async ct =>
                {
                    var model = await context.SpeechToText.FindModelAsync(id, "Id", ct).ConfigureAwait(false);
                    Emit(await context.SpeechToText.GetModelManifestAsync(model, lifetime, ct).ConfigureAwait(false));
                }, id);
            }
        }

        private static void CheckReference(string id)
        {
            if (Uri.TryCreate(id, UriKind.Absolute, out var uri) && uri.AbsolutePath.Contains("/models/base/"))
                Engine.SpeechToText.SpeechToTextClient.ReferenceIdOf(id, "models/base", "Id", "base model");
            else
                Engine.SpeechToText.SpeechToTextClient.ReferenceIdOf(id, "models", "Id", "model");
        }
    }
}
