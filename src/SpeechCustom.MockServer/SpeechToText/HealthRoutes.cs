using SpeechCustom.MockServer.Hosting;
using SpeechCustom.MockServer.Http;

namespace SpeechCustom.MockServer.SpeechToText;

/// <summary>
/// GET /speechtotext/v3.1/healthstatus (also /speechtotext/v3.2-preview.2/healthstatus): ServiceHealth
/// {status, message?, components[]}. Healthy unless MockServerOptions.HealthStatus (or POST /_mock/settings
/// {"healthStatus":"Degraded"}) says otherwise; faults apply as to any API route.
/// </summary>
internal static class HealthRoutes
{
    public static readonly string[] Statuses = ["Healthy", "Degraded", "Unhealthy"];

    public static void Map(RouteGroupBuilder group) => group.MapGet("/healthstatus", Get);

    private static ApiResponse Get(MockServerState state)
    {
        var status = Statuses.FirstOrDefault(s => string.Equals(s, state.Options.HealthStatus, StringComparison.OrdinalIgnoreCase)) ?? "Healthy";
        var healthy = status == "Healthy";
        return ApiResponse.Json(200, new ServiceHealth(
            status,
            healthy ? null : $"The service is {status.ToLowerInvariant()}: batch transcription jobs may start later than usual.",
            [
                new Component("Database", "SpeechServicesDbContext", "Healthy", null),
                new Component("BlobStorage", "AzureBlobStorage", "Healthy", null),
                new Component("BatchTranscription", "TranscriptionDispatcher", status, healthy ? null : "Transcription workers are scaling out; queued jobs are delayed."),
            ]));
    }

    private sealed record ServiceHealth(string Status, string? Message, IReadOnlyList<Component> Components);

    private sealed record Component(string Name, string Type, string Status, string? Message);
}
