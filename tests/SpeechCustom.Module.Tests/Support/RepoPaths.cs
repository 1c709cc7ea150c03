namespace SpeechCustom.Module.Tests.Support;

/// <summary>Where the repository's pieces are, found from the test binaries by walking up to SpeechCustom.sln.</summary>
public static class RepoPaths
{
    private static readonly Lazy<string> RootPath = new(() =>
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir != null && !File.Exists(Path.Combine(dir.FullName, "SpeechCustom.sln")))
            dir = dir.Parent;
        return dir?.FullName ?? throw new InvalidOperationException("SpeechCustom.sln not found above " + AppContext.BaseDirectory);
    });

    public static string Root => RootPath.Value;

    /// <summary>The staged module: exactly what users get (built by src/SpeechCustom's StageModule target).</summary>
    public static string ModuleManifest => Path.Combine(Root, "out", "SpeechCustom", "SpeechCustom.psd1");

    public static string ModuleFolder => Path.GetDirectoryName(ModuleManifest)!;

    public static string PesterFolder => Path.Combine(Root, "tests", "Pester");

    public static string Examples => Path.Combine(Root, "examples");

    /// <summary>Debug or Release: the configuration these tests were built in (bin/&lt;configuration&gt;/net10.0).</summary>
    public static string Configuration => new DirectoryInfo(AppContext.BaseDirectory).Parent!.Name;

    /// <summary>The console host of the real engine, in its own output folder (built first by the project reference).</summary>
    public static string HostDll => Path.Combine(Root, "src", "SpeechCustom.Host", "bin", Configuration, "net10.0", "SpeechCustom.Host.dll");

    /// <summary>A binary module built against older Azure.Core/Azure.Identity/MSAL, loaded the classic way (RequiredAssemblies).</summary>
    public static string OtherAzureModule => Path.Combine(Root, "tests", "Fixtures", "OtherAzureModule", "bin", Configuration, "netstandard2.0", "OtherAzureModule.psd1");
}
