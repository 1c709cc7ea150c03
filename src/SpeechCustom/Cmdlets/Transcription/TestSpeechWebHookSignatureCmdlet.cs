using System.Management.Automation;
using System.Security;
using System.Text;
using SpeechCustom.Engine.WebHooks;
using SpeechCustom.Infrastructure;

namespace SpeechCustom.Cmdlets.Transcription
{
    /// <summary>
    /// <para type="synopsis">Checks that a web hook callback was signed with your secret: true when its signature matches its body.</para>
    /// </summary>
    [Cmdlet(VerbsDiagnostic.Test, "SpeechWebHookSignature")]
    [OutputType(typeof(bool), typeof(WebHookSignatureCheck))]
    public sealed class TestSpeechWebHookSignatureCmdlet : SpeechCmdlet
    {
        /// <summary>A string (taken as UTF-8, as the service sends it) or the exact bytes received.</summary>
        [Parameter(Mandatory = true, Position = 0, ValueFromPipelineByPropertyName = true)]
        [AllowEmptyString]
        public object Body { get; set; } = string.Empty;

        [Parameter(Mandatory = true, Position = 1, ValueFromPipelineByPropertyName = true)]
        [AllowEmptyString]
        public string Signature { get; set; } = string.Empty;

        [Parameter(Mandatory = true)]
        public SecureString Secret { get; set; } = new SecureString();

        [Parameter]
        public SwitchParameter Detailed { get; set; }

        protected override void ProcessRecord()
        {
            byte[]? body = null;
            WebHookSignatureCheck? check = null;
            if (!Checked(() =>
            {
                body = BodyBytes(Body is PSObject wrapped ? wrapped.BaseObject : Body);
                check = SignatureVerifier.Verify(body, Signature, SecureStrings.ToPlain(Secret) ?? string.Empty);
            }, null))
                return;
            if (Detailed)
                WriteSpeechObject(check);
            else
                WriteObject(check!.IsValid);
        }

        private static byte[] BodyBytes(object? body) => body switch
        {
            byte[] bytes => bytes,
            string text => Encoding.UTF8.GetBytes(text),
            object[] items when System.Array.TrueForAll(items, i => (i is PSObject p ? p.BaseObject : i) is byte) =>
                System.Array.ConvertAll(items, i => (byte)(i is PSObject p ? p.BaseObject : i)),
            _ => throw new Engine.Errors.SpeechInputException("InvalidBody",
                $"-Body must be the callback's body as a string or as bytes (byte[]), not {body?.GetType().Name ?? "null"}. In a receiver, pass the raw request body, before any JSON parsing.", "Body"),
        };
    }
}
