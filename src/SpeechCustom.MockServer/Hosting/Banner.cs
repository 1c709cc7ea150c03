namespace SpeechCustom.MockServer.Hosting;

/// <summary>What the standalone server prints at start: where it listens, the key and how to connect.</summary>
internal static class Banner
{
    public static string For(MockSpeechServer server) => $"""
        SpeechCustom mock server listening on {server.Endpoint.ToString().TrimEnd('/')}
        Key: {server.Key}
        Connect: Connect-SpeechService -Endpoint {server.Endpoint.ToString().TrimEnd('/')} -Key (ConvertTo-SecureString {server.Key} -AsPlainText -Force)
        Long-running steps: {server.Options.StepDuration.TotalMilliseconds} ms. Admin: POST /_mock/faults, /_mock/failures, /_mock/settings, /_mock/reset (key header).
        Resource: {server.Options.ResourceId} ({server.Options.Region}). Content URLs: {server.Endpoint.ToString().TrimEnd('/')}/_blobs/... (SAS, no key).
        Managed identity: IDENTITY_ENDPOINT={server.ManagedIdentityEndpoint} IDENTITY_HEADER={server.Options.IdentityHeader}
        Press Ctrl+C to stop.
        """;
}
