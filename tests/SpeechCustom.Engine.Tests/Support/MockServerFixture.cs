using SpeechCustom.Engine.Connection;
using SpeechCustom.Engine.Http;
using SpeechCustom.MockServer;
using Xunit;

namespace SpeechCustom.Engine.Tests.Support;

/// <summary>One in-process mock Speech service per test class, on 127.0.0.1 with a port it picks; fast lifecycles.</summary>
public sealed class MockServerFixture : IAsyncLifetime
{
    public MockSpeechServer Server { get; private set; } = null!;

    public async Task InitializeAsync()
        => Server = await MockSpeechServer.StartAsync(new MockServerOptions
        {
            StepDuration = TimeSpan.FromMilliseconds(150),
            RetryAfterMilliseconds = 50,
        });

    public async Task DisposeAsync() => await Server.DisposeAsync();

    public SpeechContext Connect(string? speechToTextVersion = null, string? customVoiceVersion = null)
        => SpeechContext.Create(new SpeechConnectOptions
        {
            AuthType = SpeechAuthType.Key,
            Endpoint = Server.Endpoint,
            Key = Server.Key,
            SpeechToTextApiVersion = speechToTextVersion ?? ApiVersions.SpeechToTextDefault,
            CustomVoiceApiVersion = customVoiceVersion ?? ApiVersions.CustomVoiceDefault,
            Retry = new RetrySettings { InitialDelay = TimeSpan.FromMilliseconds(50), MaxDelay = TimeSpan.FromSeconds(1) },
        });

    public static string NewId(string prefix) => $"{prefix}-{Guid.NewGuid():N}"[..Math.Min(prefix.Length + 13, 64)];
}
