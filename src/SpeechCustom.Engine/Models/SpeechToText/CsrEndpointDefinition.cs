using System.Collections.Generic;

namespace SpeechCustom.Engine.Models.SpeechToText
{
    /// <summary>What New-CsrEndpoint asks for, before it is checked and shaped for the connection's API version.</summary>
    public sealed class CsrEndpointDefinition
    {
        public string DisplayName { get; set; } = string.Empty;

        public string? Description { get; set; }

        public string Locale { get; set; } = string.Empty;

        /// <summary>A model id (GUID) or model URL (custom or base model).</summary>
        public string? Model { get; set; }

        /// <summary>A project id or URL (v3.x and 2025-10-15).</summary>
        public string? Project { get; set; }

        public bool LoggingEnabled { get; set; }

        /// <summary>v3.x only: adaptation text.</summary>
        public string? Text { get; set; }

        /// <summary>v3.x only: delete the endpoint after this long (at most 31 days).</summary>
        public System.TimeSpan? TimeToLive { get; set; }

        public IDictionary<string, string>? CustomProperties { get; set; }
    }

    /// <summary>The body of POST /endpoints.</summary>
    internal sealed class CsrEndpointBody
    {
        public string DisplayName { get; set; } = string.Empty;

        public string? Description { get; set; }

        public string Locale { get; set; } = string.Empty;

        public EntityReference? Model { get; set; }

        public EntityReference? Project { get; set; }

        public string? Text { get; set; }

        public CsrEndpointBodyProperties? Properties { get; set; }

        public IDictionary<string, string>? CustomProperties { get; set; }
    }

    internal sealed class CsrEndpointBodyProperties
    {
        public bool? LoggingEnabled { get; set; }

        public string? TimeToLive { get; set; }
    }

    /// <summary>What Set-CsrEndpoint changes; null means unchanged.</summary>
    public sealed class CsrEndpointChanges
    {
        public string? DisplayName { get; set; }

        public string? Description { get; set; }

        public string? Model { get; set; }

        public string? Project { get; set; }

        public bool? LoggingEnabled { get; set; }

        public IDictionary<string, string>? CustomProperties { get; set; }
    }

    /// <summary>The body of PATCH /endpoints/{id} (EndpointUpdate): only the fields to change.</summary>
    internal sealed class CsrEndpointUpdateBody
    {
        public string? DisplayName { get; set; }

        public string? Description { get; set; }

        public EntityReference? Model { get; set; }

        public EntityReference? Project { get; set; }

        public CsrEndpointUpdateProperties? Properties { get; set; }

        public IDictionary<string, string>? CustomProperties { get; set; }
    }

    internal sealed class CsrEndpointUpdateProperties
    {
        public bool? ContentLoggingEnabled { get; set; }
    }
}
