using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.IO;
using System.Reflection;
using System.Runtime.Loader;

namespace SpeechCustom.Loading
{
    /// <summary>
    /// The module's private load context. Loads every assembly it finds in Dependencies/ — so Azure.Core, Azure.Identity
    /// and MSAL are ours even when another module loaded other versions first — except where the runtime's own
    /// (trusted platform) copy is at least as new: sharing those avoids second copies of types like Span or JsonElement.
    /// Anything not in Dependencies/ (System.*, PowerShell) comes from the default context.
    /// </summary>
    internal sealed class EngineLoadContext : AssemblyLoadContext
    {
        private static readonly Lazy<Dictionary<string, string>> PlatformAssemblies = new Lazy<Dictionary<string, string>>(ReadPlatformAssemblies);
        private static readonly ConcurrentDictionary<string, Version?> PlatformVersions = new ConcurrentDictionary<string, Version?>(StringComparer.OrdinalIgnoreCase);

        private readonly string dependencyFolder;

        public EngineLoadContext(string dependencyFolder) => this.dependencyFolder = dependencyFolder;

        public string DependencyFolder => dependencyFolder;

        protected override Assembly? Load(AssemblyName assemblyName)
        {
            var path = Path.Combine(dependencyFolder, assemblyName.Name + ".dll");
            if (!File.Exists(path))
                return null;
            var platformVersion = PlatformVersionOf(assemblyName.Name!);
            if (platformVersion != null && platformVersion >= (assemblyName.Version ?? new Version(0, 0)))
                return null;
            return LoadFromAssemblyPath(path);
        }

        private static Version? PlatformVersionOf(string name)
            => PlatformVersions.GetOrAdd(name, n =>
                PlatformAssemblies.Value.TryGetValue(n, out var file) ? AssemblyName.GetAssemblyName(file).Version : null);

        private static Dictionary<string, string> ReadPlatformAssemblies()
        {
            var result = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
            if (AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES") is string list)
            {
                foreach (var file in list.Split(Path.PathSeparator))
                {
                    if (file.Length > 0)
                        result[Path.GetFileNameWithoutExtension(file)] = file;
                }
            }
            return result;
        }
    }
}
