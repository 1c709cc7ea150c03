using System;
using System.Collections.Concurrent;
using System.IO;
using System.Reflection;

namespace SpeechCustom.Loading
{
    /// <summary>
    /// Windows PowerShell 5.1 (.NET Framework has no load contexts): answers AssemblyResolve for any assembly whose file
    /// is in Dependencies/, whatever version was asked for. That is the binding redirect powershell.exe lacks for the
    /// netstandard dependency graph (System.Memory, System.Text.Json, Microsoft.Bcl.AsyncInterfaces, ...).
    /// </summary>
    internal static class DesktopDependencyResolver
    {
        private static readonly ConcurrentDictionary<string, Assembly> Loaded = new ConcurrentDictionary<string, Assembly>(StringComparer.OrdinalIgnoreCase);
        private static string folder = string.Empty;

        public static void Register(string dependencyFolder)
        {
            folder = dependencyFolder;
            AppDomain.CurrentDomain.AssemblyResolve += OnAssemblyResolve;
        }

        private static Assembly? OnAssemblyResolve(object? sender, ResolveEventArgs args)
        {
            var name = new AssemblyName(args.Name).Name;
            if (string.IsNullOrEmpty(name))
                return null;
            if (Loaded.TryGetValue(name!, out var assembly))
                return assembly;
            var path = Path.Combine(folder, name + ".dll");
            if (!File.Exists(path))
                return null;
            return Loaded.GetOrAdd(name!, _ => Assembly.LoadFrom(path));
        }
    }
}
