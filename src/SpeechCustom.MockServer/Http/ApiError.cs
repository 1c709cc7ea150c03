namespace SpeechCustom.MockServer.Http;

/// <summary>
/// One error answer, independent of the API's wire shape (<see cref="ApiErrorWriter"/> renders it).
/// <paramref name="Target"/> is used by custom voice (<c>error.target</c>); <paramref name="InnerCode"/> by
/// speech to text (<c>innerError.code</c>).
/// </summary>
internal sealed record ApiError(int Status, string Code, string Message, string? Target = null, string? InnerCode = null);

/// <summary>Thrown by handlers to answer with an error; the error middleware renders it in the API's shape.</summary>
internal sealed class ApiException(ApiError error) : Exception(error.Message)
{
    public ApiError Error { get; } = error;
}

/// <summary>Whether a request field was absent or present with a bad value (speech to text tells them apart).</summary>
internal enum FieldProblem
{
    Missing,
    Invalid,
}

/// <summary>
/// A request field (body property, form field, query parameter or header) failed validation. Shared validation
/// helpers throw this; each API maps it to its own error code (custom voice BadArgument, speech to text
/// InvalidPayload / InvalidParameterValue).
/// </summary>
internal sealed class InvalidFieldException(string field, FieldProblem problem, string message) : Exception(message)
{
    public string Field { get; } = field;
    public FieldProblem Problem { get; } = problem;

    public static InvalidFieldException Missing(string field) =>
        new(field, FieldProblem.Missing, $"The property '{field}' is required.");

    public static InvalidFieldException Invalid(string field, string reason) =>
        new(field, FieldProblem.Invalid, $"The value of '{field}' is invalid: {reason}");
}

/// <summary>The request body is not the JSON (or form) the operation needs.</summary>
internal sealed class InvalidBodyException(string message) : Exception(message);
