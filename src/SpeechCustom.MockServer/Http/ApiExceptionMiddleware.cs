namespace SpeechCustom.MockServer.Http;

/// <summary>
/// Innermost middleware: renders handler exceptions in the API's error shape, and answers routes that do not exist
/// (or exist for another method) under the API prefixes with the API's NotFound error, as the services do.
/// </summary>
internal sealed class ApiExceptionMiddleware(RequestDelegate next)
{
    public async Task InvokeAsync(HttpContext context)
    {
        var flavor = ApiFlavors.Of(context.Request.Path);
        if (flavor != ApiFlavor.None && IsMissingRoute(context))
        {
            await ApiErrorWriter.WriteAsync(context, NotFound(flavor), flavor);
            return;
        }

        try
        {
            await next(context);
        }
        catch (Exception ex) when (!context.Response.HasStarted)
        {
            var error = ApiErrorMapping.FromException(ex, flavor)
                ?? new ApiError(500, "InternalServerError", $"An unexpected error occurred in the mock server: {ex.Message}");
            context.Response.Clear();
            ResponseStamp.Apply(context);
            await ApiErrorWriter.WriteAsync(context, error, flavor);
        }
    }

    // No endpoint, or the framework's "405 method not allowed" endpoint: both are a missing route to a REST client.
    private static bool IsMissingRoute(HttpContext context) =>
        context.GetEndpoint() is not RouteEndpoint;

    private static ApiError NotFound(ApiFlavor flavor) =>
        new(404, StatusCodeNames.For(404, flavor), "Resource not found.");
}
