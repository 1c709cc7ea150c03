using System.Text.Json;
using SpeechCustom.MockServer.Auth;
using SpeechCustom.MockServer.Hosting;
using SpeechCustom.MockServer.Http;

namespace SpeechCustom.MockServer.Admin;

/// <summary>
/// /_mock/*: the same controls tests have in-process (faults, failures, settings, reset, request log), over HTTP for
/// scripts and demos. They need the subscription key and are not recorded in the request log.
/// </summary>
internal static class AdminRoutes
{
    public static void Map(IEndpointRouteBuilder app)
    {
        var admin = app.MapGroup("/_mock").AddEndpointFilter(RequireKey);
        admin.MapGet("/faults", (MockServerState state) => ApiResponse.Json(200, new FaultsStatus(state.Faults.Pending, state.Faults.Injected)));
        admin.MapPost("/faults", AddFault);
        admin.MapDelete("/faults", (MockServerState state) => Done(state.Faults.Clear));
        admin.MapPost("/failures", AddFailure);
        admin.MapDelete("/failures", (MockServerState state) => Done(state.Failures.Clear));
        admin.MapGet("/settings", (MockServerState state) => Settings(state.Options));
        admin.MapPost("/settings", ChangeSettings);
        admin.MapPost("/reset", (MockServerState state) => Done(state.Reset));
        admin.MapGet("/requests", (MockServerState state) => ApiResponse.Json(200, state.Requests.Snapshot()));
        admin.MapGet("/blobrequests", (MockServerState state) => ApiResponse.Json(200, state.BlobRequests.Snapshot()));
        admin.MapGet("/webhookdeliveries", (MockServerState state) => ApiResponse.Json(200, state.WebHookDeliveries.Snapshot()));
    }

    private static ValueTask<object?> RequireKey(EndpointFilterInvocationContext invocation, EndpointFilterDelegate next)
    {
        var context = invocation.HttpContext;
        var options = context.RequestServices.GetRequiredService<MockServerState>().Options;
        var key = context.Request.Headers[ApiAuthenticationMiddleware.KeyHeader].ToString();
        return ApiAuthenticationMiddleware.IsValidKey(key, options)
            ? next(invocation)
            : ValueTask.FromResult<object?>(ApiErrorWriter.ToResponse(
                new ApiError(401, "Unauthorized", $"The admin routes need the {ApiAuthenticationMiddleware.KeyHeader} header with the server's key."), ApiFlavor.None));
    }

    private static ApiResponse AddFault(HttpContext context, MockServerState state)
    {
        var rule = Read<FaultRule>(context);
        if ((rule.Status < 400 && !(rule.Status == 0 && rule.DelayMilliseconds > 0)) || rule.Count < 1)
        {
            throw new InvalidBodyException("A fault needs a status of at least 400 (or status 0 with delayMilliseconds, for a slow answer) and a count of at least 1.");
        }

        state.Faults.Add(rule);
        return ApiResponse.Json(201, new FaultsStatus(state.Faults.Pending, state.Faults.Injected));
    }

    private static ApiResponse AddFailure(HttpContext context, MockServerState state)
    {
        var failure = Read<FailureRequest>(context);
        if (string.IsNullOrEmpty(failure.Target))
        {
            throw new InvalidBodyException("A failure needs a target: a custom voice id or a speech-to-text displayName.");
        }

        state.Failures.Add(failure.Target, failure.Code, failure.Message);
        return ApiResponse.Empty(204);
    }

    private static ApiResponse ChangeSettings(HttpContext context, MockServerState state)
    {
        var settings = Read<SettingsRequest>(context);
        if (settings.StepMilliseconds is { } step)
        {
            state.Options.StepDuration = TimeSpan.FromMilliseconds(Math.Max(0, step));
        }

        if (settings.RetryAfterMilliseconds is { } retryAfter)
        {
            state.Options.RetryAfterMilliseconds = Math.Max(0, retryAfter);
        }

        if (settings.HealthStatus is { } health)
        {
            state.Options.HealthStatus = SpeechToText.HealthRoutes.Statuses.FirstOrDefault(s => string.Equals(s, health, StringComparison.OrdinalIgnoreCase))
                ?? throw new InvalidBodyException("healthStatus must be Healthy, Degraded or Unhealthy.");
        }

        return Settings(state.Options);
    }

    private static ApiResponse Settings(MockServerOptions options) => ApiResponse.Json(200,
        new SettingsRequest((int)options.StepDuration.TotalMilliseconds, options.RetryAfterMilliseconds, options.HealthStatus));

    private static ApiResponse Done(Action action)
    {
        action();
        return ApiResponse.Empty(204);
    }

    private static T Read<T>(HttpContext context)
    {
        try
        {
            return JsonSerializer.Deserialize<T>(RequestBody.Bytes(context), JsonDefaults.Options)
                ?? throw new InvalidBodyException("The request body is required.");
        }
        catch (JsonException ex)
        {
            throw new InvalidBodyException($"The request body is not valid: {ex.Message}");
        }
    }

    private sealed record FaultsStatus(int Pending, int Injected);

    private sealed record FailureRequest(string? Target, string? Code, string? Message);

    private sealed record SettingsRequest(int? StepMilliseconds, int? RetryAfterMilliseconds, string? HealthStatus = null);
}
