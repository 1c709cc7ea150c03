namespace SpeechCustom.MockServer.Http;

/// <summary>Typed reads of multipart form fields (names case-insensitive, so audiodata and audioData both work).</summary>
internal static class FormFields
{
    public static string? OptionalString(this IFormCollection form, string name) =>
        form.TryGetValue(name, out var value) && value.Count > 0 && value.ToString().Length > 0 ? value.ToString() : null;

    public static string RequiredString(this IFormCollection form, string name) =>
        form.OptionalString(name) ?? throw InvalidFieldException.Missing(name);

    public static IReadOnlyList<IFormFile> Files(this IFormCollection form, string name) => form.Files.GetFiles(name);

    /// <summary>Reads the form of a multipart request; anything else is 415 as the services answer.</summary>
    public static async Task<IFormCollection> ReadMultipartAsync(HttpContext context, Func<ApiException> wrongType)
    {
        if (!context.Request.HasFormContentType)
        {
            throw wrongType();
        }

        try
        {
            return await context.Request.ReadFormAsync(context.RequestAborted);
        }
        catch (InvalidDataException ex)
        {
            throw new InvalidBodyException($"Failed to read the request form. {ex.Message}");
        }
    }
}
