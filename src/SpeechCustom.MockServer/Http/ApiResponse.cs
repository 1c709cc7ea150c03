namespace SpeechCustom.MockServer.Http;

/// <summary>
/// A fully materialised response (status, headers, serialized body). Handlers return it instead of the framework's
/// results so that a long-running request can be stored and replayed byte for byte when the same Operation-Id comes
/// back with the same request.
/// </summary>
internal sealed class ApiResponse : IResult
{
    public const string JsonContentType = "application/json; charset=utf-8";

    private readonly List<KeyValuePair<string, string>> _headers = [];

    private ApiResponse(int status, byte[]? body)
    {
        Status = status;
        Body = body;
    }

    public int Status { get; }

    public byte[]? Body { get; }

    public IReadOnlyList<KeyValuePair<string, string>> Headers => _headers;

    public static ApiResponse Json(int status, object body) => new(status, JsonDefaults.Serialize(body));

    public static ApiResponse Empty(int status) => new(status, null);

    public ApiResponse WithHeader(string name, string value)
    {
        _headers.Add(new(name, value));
        return this;
    }

    public async Task ExecuteAsync(HttpContext httpContext)
    {
        var response = httpContext.Response;
        response.StatusCode = Status;
        foreach (var (name, value) in _headers)
        {
            response.Headers[name] = value;
        }

        if (Body is null)
        {
            response.ContentLength = 0;
            return;
        }

        response.ContentType = JsonContentType;
        response.ContentLength = Body.Length;
        await response.Body.WriteAsync(Body, httpContext.RequestAborted);
    }
}
