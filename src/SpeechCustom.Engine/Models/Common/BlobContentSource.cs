using System;
using System.Collections.Generic;
using System.Text.Json.Serialization;
using SpeechCustom.Engine.Diagnostics;

namespace SpeechCustom.Engine.Models.Common
{
    /// <summary>
    /// Files in an Azure Blob Storage container (the API's AzureBlobContentSource): the container URL with a SAS
    /// that grants read and list, an optional blob name prefix, and the file extensions to take.
    /// The SAS signature is a secret: <see cref="ContainerUrl"/> shows the URL with it masked; the full URL is kept
    /// privately and only sent to the service.
    /// </summary>
    public sealed class BlobContentSource
    {
        private string? containerUrl;

        /// <summary>The container URL, SAS signature masked. Setting it stores the full URL.</summary>
        [JsonIgnore]
        public string? ContainerUrl
        {
            get => containerUrl is null ? null : SecretRedactor.RedactSasUrl(containerUrl);
            set => containerUrl = value;
        }

        [JsonInclude]
        [JsonPropertyName("containerUrl")]
        internal string? ContainerUrlWithSas
        {
            get => containerUrl;
            set => containerUrl = value;
        }

        public string? Prefix { get; set; }

        public IList<string> Extensions { get; set; } = new List<string>();

        /// <summary>Whether the URL carries a SAS signature (without one, only a public container can be read).</summary>
        [JsonIgnore]
        public bool HasSas => containerUrl != null && containerUrl.IndexOf("sig=", StringComparison.OrdinalIgnoreCase) >= 0;

        public override string ToString()
        {
            var path = ContainerUrl ?? string.Empty;
            var q = path.IndexOf('?');
            var baseUrl = q >= 0 ? path.Substring(0, q) : path;
            return $"{baseUrl.TrimEnd('/')}/{Prefix}*{{{string.Join(",", Extensions)}}}";
        }
    }
}
