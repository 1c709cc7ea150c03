// Build-time guard for the staged module folder, run by build/StageModule.targets after staging.
// Usage: ModuleLayoutCheck <module folder> <highest .NET major allowed outside the private load context>
// Why: the module must load in PowerShell 7.4 (.NET 8, what Azure Automation runs) and Windows PowerShell 5.1,
// beside other modules that bring their own Azure.Core/Azure.Identity/System.Text.Json. Only the engine and its
// dependencies may use those, and only from Dependencies/ (the private load context).
using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;

var check = new ModuleLayoutCheck(args[0], int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture));
var errors = check.Run();
foreach (var error in errors)
    Console.Error.WriteLine("error MODLAYOUT: " + error);
if (errors.Count == 0)
    Console.WriteLine($"ModuleLayoutCheck: {args[0]} is fine (nothing outside Dependencies/ needs more than .NET {args[1]}).");
return errors.Count == 0 ? 0 : 1;

internal sealed class ModuleLayoutCheck(string moduleDir, int maxFrameworkMajor)
{
    private readonly List<string> errors = new();

    // What PowerShell itself supplies to the cmdlet assembly, and the one private assembly it may name.
    private static readonly HashSet<string> RootMayReference = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "netstandard", "System.Management.Automation", "SpeechCustom.Engine", "System.Runtime.Loader",
    };

    private static readonly HashSet<string> AllowedRootAssemblies = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "SpeechCustom.dll",
    };

    public List<string> Run()
    {
        var root = Path.GetFullPath(moduleDir).TrimEnd(Path.DirectorySeparatorChar);
        var depsDir = Path.Combine(root, "Dependencies");
        if (!File.Exists(Path.Combine(depsDir, "SpeechCustom.Engine.dll")))
            Error("Dependencies/SpeechCustom.Engine.dll is missing from {0}.", root);

        var carried = new HashSet<string>(
            Directory.GetFiles(depsDir, "*.dll").Select(f => Path.GetFileNameWithoutExtension(f)), StringComparer.OrdinalIgnoreCase);

        foreach (var file in Directory.GetFiles(root, "*.dll", SearchOption.AllDirectories))
        {
            var name = Path.GetFileName(file);
            if (string.Equals(Path.GetFileNameWithoutExtension(file), "System.Management.Automation", StringComparison.OrdinalIgnoreCase))
                Error("{0} ships System.Management.Automation (the PowerShellStandard reference assembly); PowerShell supplies it.", file);

            var isRoot = string.Equals(Path.GetDirectoryName(file), root, StringComparison.Ordinal);
            if (isRoot && !AllowedRootAssemblies.Contains(name))
                Error("unexpected assembly {0} in the module root: dependencies belong in Dependencies/ so they load privately.", name);

            foreach (var reference in ReadReferences(file))
                CheckReference(name, isRoot, reference.Name, reference.Version, carried);
        }
        return errors;
    }

    private void CheckReference(string assembly, bool isRoot, string reference, Version version, HashSet<string> carried)
    {
        if (!isRoot && carried.Contains(reference))
            return; // resolved privately from Dependencies/

        if (string.Equals(reference, "netstandard", StringComparison.OrdinalIgnoreCase))
        {
            if (version > new Version(2, 0, 0, 0))
                Error("{0} needs netstandard {1}; Windows PowerShell 5.1 has only netstandard 2.0.", assembly, version);
            return;
        }
        if (string.Equals(reference, "System.Management.Automation", StringComparison.OrdinalIgnoreCase))
        {
            if (!isRoot)
                Error("{0} (loaded privately) references System.Management.Automation; only the cmdlet assembly may use PowerShell types.", assembly);
            return;
        }
        if (isRoot && !RootMayReference.Contains(reference))
        {
            Error("{0} references {1} {2}; the cmdlet assembly may only use the engine's types, or that assembly would load outside the private context and clash with other modules.", assembly, reference, version);
            return;
        }
        var isFramework = reference.StartsWith("System", StringComparison.OrdinalIgnoreCase)
            || reference.StartsWith("Microsoft.", StringComparison.OrdinalIgnoreCase)
            || string.Equals(reference, "mscorlib", StringComparison.OrdinalIgnoreCase);
        if (isFramework && version.Major > maxFrameworkMajor)
            Error("{0} needs {1} {2}, newer than .NET {3}'s (PowerShell 7.4 / Azure Automation cannot load it).", assembly, reference, version, maxFrameworkMajor);
    }

    private void Error(string format, params object[] args) => errors.Add(string.Format(System.Globalization.CultureInfo.InvariantCulture, format, args));

    private static IEnumerable<(string Name, Version Version)> ReadReferences(string file)
    {
        using var stream = File.OpenRead(file);
        using var pe = new PEReader(stream);
        if (!pe.HasMetadata)
            yield break;
        var md = pe.GetMetadataReader();
        foreach (var handle in md.AssemblyReferences)
        {
            var r = md.GetAssemblyReference(handle);
            yield return (md.GetString(r.Name), r.Version);
        }
    }
}
