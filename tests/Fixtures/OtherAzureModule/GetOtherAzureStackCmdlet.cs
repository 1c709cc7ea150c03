using System.Management.Automation;
using System.Text.Json;
using Azure.Core;
using Azure.Identity;

namespace OtherAzureModule
{
    /// <summary>Uses the module's Azure.Core, Azure.Identity, MSAL and System.Text.Json, and says which versions answered.</summary>
    [Cmdlet(VerbsCommon.Get, "OtherAzureStack")]
    public sealed class GetOtherAzureStackCmdlet : PSCmdlet
    {
        protected override void ProcessRecord()
        {
            var credential = new ClientSecretCredential("00000000-0000-0000-0000-000000000001", "00000000-0000-0000-0000-000000000002", "not-used");
            var context = new TokenRequestContext(new[] { "https://management.azure.com/.default" });
            var json = JsonSerializer.Serialize(new { scope = context.Scopes[0] });
            var result = new PSObject();
            result.Properties.Add(new PSNoteProperty("AzureCore", typeof(TokenRequestContext).Assembly.GetName().Version?.ToString()));
            result.Properties.Add(new PSNoteProperty("AzureIdentity", credential.GetType().Assembly.GetName().Version?.ToString()));
            result.Properties.Add(new PSNoteProperty("Msal", typeof(Microsoft.Identity.Client.ConfidentialClientApplicationBuilder).Assembly.GetName().Version?.ToString()));
            result.Properties.Add(new PSNoteProperty("SystemTextJson", typeof(JsonSerializer).Assembly.GetName().Version?.ToString()));
            result.Properties.Add(new PSNoteProperty("Json", json));
            WriteObject(result);
        }
    }
}
