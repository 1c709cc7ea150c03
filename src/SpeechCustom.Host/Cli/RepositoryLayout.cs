namespace SpeechCustom.Host;

/// <summary>Where the repository and its staged module are, for a host started from anywhere inside the clone.</summary>
internal static class RepositoryLayout
{
    private const string SolutionFile = "SpeechCustom.sln";

    /// <summary>
    /// The folder holding SpeechCustom.sln, found by walking up from the current directory (dotnet run from the
    /// repository) and then from the host's own binaries (dotnet path/to/SpeechCustom.Host.dll from elsewhere).
    /// </summary>
    public static string? FindRoot()
    {
        foreach (var start in new[] { Environment.CurrentDirectory, AppContext.BaseDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, SolutionFile)))
                {
                    return dir.FullName;
                }
            }
        }

        return null;
    }

    /// <summary>The staged module: exactly what would be published (built by src/SpeechCustom).</summary>
    public static string? StagedModuleManifest() =>
        FindRoot() is { } root ? Path.Combine(root, "out", "SpeechCustom", "SpeechCustom.psd1") : null;
}
