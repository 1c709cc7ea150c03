using SpeechCustom.Engine.Diagnostics;
using SpeechCustom.Engine.Errors;
using SpeechCustom.Engine.Models.Common;

namespace SpeechCustom.Engine.Validation
{
    /// <summary>Local checks of an Azure Blob content source before the service is asked to read it.</summary>
    public static class BlobSourceRules
    {
        public static BlobContentSource Checked(BlobContentSource? source, string parameter)
        {
            if (source is null)
                throw new SpeechInputException("MissingParameter", $"-{parameter} is required: create it with New-SpeechBlobSource -ContainerUrl <container URL with SAS> -Extension .wav.", parameter);
            var uri = InputRules.ServiceReadableUrl(source.ContainerUrlWithSas, parameter + ".ContainerUrl");
            if (uri.AbsolutePath.Trim('/').Length == 0)
                throw new SpeechInputException("InvalidContainerUrl", $"-{parameter}.ContainerUrl '{SecretRedactor.RedactSasUrl(source.ContainerUrlWithSas)}' names no container; give the container URL, e.g. https://contoso.blob.core.windows.net/voicedata?<SAS>.", parameter);
            var prefix = source.Prefix;
            if (prefix != null && prefix.StartsWith("/", System.StringComparison.Ordinal))
                prefix = prefix.TrimStart('/');
            return new BlobContentSource
            {
                ContainerUrl = source.ContainerUrlWithSas,
                Prefix = string.IsNullOrEmpty(prefix) ? null : prefix,
                Extensions = InputRules.ExtensionsOf(source.Extensions, parameter + ".Extensions"),
            };
        }
    }
}
