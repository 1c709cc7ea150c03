using System.Globalization;
using Microsoft.AspNetCore.Http.Features;
using SpeechCustom.MockServer.Diagnostics;
using SpeechCustom.MockServer.Hosting;
using SpeechCustom.MockServer.Http;

namespace SpeechCustom.MockServer.Faults;

/// <summary>
/// Applies <see cref="MockFaults"/> to API requests (after authentication, like a throttling gateway). A fault with
/// AfterProcessing runs the request with its response captured in memory, then throws that response away.
/// </summary>
internal sealed class FaultInjectionMiddleware(RequestDelegate next, MockServerState state)
{
    public async Task InvokeAsync(HttpContext context)
    {
        var flavor = ApiFlavors.Of(context.Request.Path);
        var rawTarget = context.Features.Get<IHttpRequestFeature>()?.RawTarget ?? context.Request.Path.Value ?? "";
        var rule = flavor == ApiFlavor.None ? null : state.Faults.TryTake(context.Request.Method, rawTarget);
        if (rule is null)
        {
            await next(context);
            return;
        }

        if (rule.DelayMilliseconds is { } delay)
        {
            await Task.Delay(delay, context.RequestAborted);
        }

        if (rule.Status == 0)
        {
            await next(context);
            return;
        }

        RequestFacts.Of(context).Faulted = true;
        if (rule.AfterProcessing)
        {
            await RunAndDiscardResponseAsync(context);
        }

        await WriteFaultAsync(context, rule, flavor);
    }

    private async Task RunAndDiscardResponseAsync(HttpContext context)
    {
        var realBody = context.Response.Body;
        using var discarded = new MemoryStream();
        context.Response.Body = discarded;
        try
        {
            await next(context);
        }
        finally
        {
            context.Response.Body = realBody;
        }

        // Nothing reached the client yet, so status and headers can still be replaced.
        context.Response.Clear();
        ResponseStamp.Apply(context);
    }

    private static Task WriteFaultAsync(HttpContext context, FaultRule rule, ApiFlavor flavor)
    {
        var error = new ApiError(rule.Status, StatusCodeNames.For(rule.Status, flavor), rule.Message ?? StatusCodeNames.DefaultMessage(rule.Status));
        var response = ApiErrorWriter.ToResponse(error, flavor);
        if (rule.RetryAfterSeconds is { } seconds)
        {
            response.WithHeader("Retry-After", seconds.ToString(CultureInfo.InvariantCulture));
        }

        if (rule.RetryAfterMilliseconds is { } milliseconds)
        {
            response.WithHeader("retry-after-ms", milliseconds.ToString(CultureInfo.InvariantCulture));
        }

        return response.ExecuteAsync(context);
    }
}
