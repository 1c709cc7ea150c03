using SpeechCustom.MockServer.Admin;
using SpeechCustom.MockServer.Auth;
using SpeechCustom.MockServer.Blobs;
using SpeechCustom.MockServer.CustomVoice;
using SpeechCustom.MockServer.Diagnostics;
using SpeechCustom.MockServer.Faults;
using SpeechCustom.MockServer.Http;
using SpeechCustom.MockServer.SpeechToText;

namespace SpeechCustom.MockServer.Hosting;

/// <summary>
/// Builds the ASP.NET Core application: Kestrel on the configured addresses, the middleware pipeline (record → auth →
/// faults → errors → endpoints) and every route. Deliberately free of configuration files, environment-driven URLs
/// and framework logging, so the in-process server behaves the same wherever tests run.
/// </summary>
internal static class MockApplication
{
    /// <summary>Large enough for 8 MiB dataset blocks and 30 MB personal voice prompts in one request.</summary>
    private const long MaxRequestBodyBytes = 64 * 1024 * 1024;

    public static WebApplication Build(MockServerState state)
    {
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions
        {
            Args = [],
            ApplicationName = typeof(MockApplication).Assembly.GetName().Name,
            ContentRootPath = AppContext.BaseDirectory,
        });
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrelHttpsConfiguration();
        builder.WebHost.ConfigureKestrel(kestrel =>
        {
            kestrel.Limits.MaxRequestBodySize = MaxRequestBodyBytes;
            kestrel.AddServerHeader = false;
            ListenAddress.Configure(kestrel, state.Options);
        });
        builder.Services.AddSingleton(state);
        builder.Services.AddSingleton<IHostLifetime, PassiveHostLifetime>();

        var app = builder.Build();
        app.UseMiddleware<RequestRecordingMiddleware>();
        app.UseMiddleware<ApiAuthenticationMiddleware>();
        app.UseMiddleware<FaultInjectionMiddleware>();
        app.UseMiddleware<ApiExceptionMiddleware>();

        TokenRoutes.Map(app);
        AdminRoutes.Map(app);
        CustomVoiceApi.Map(app);
        SpeechToTextApi.Map(app);
        BlobRoutes.Map(app);
        SpeechToText.Models.ModelCopyEndpoints.MapReceiver(app);
        return app;
    }
}
