namespace SpeechCustom.MockServer.Hosting;

/// <summary>
/// Replaces the console lifetime: an in-process server must not take over the test host's Ctrl+C / SIGTERM handling.
/// The standalone Program listens for those signals itself and stops the server.
/// </summary>
internal sealed class PassiveHostLifetime : IHostLifetime
{
    public Task WaitForStartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
