using System.Reflection;
using System.Runtime.Loader;

namespace SpeechCustom.Loading
{
    /// <summary>
    /// PowerShell 7: answers the default context's request for SpeechCustom.Engine — and only that name — by loading it
    /// into <see cref="EngineLoadContext"/>, which then serves the engine's own dependencies from Dependencies/.
    /// </summary>
    internal static class CoreDependencyResolver
    {
        private static EngineLoadContext? context;

        public static EngineLoadContext? Context => context;

        public static void Register(string dependencyFolder)
        {
            context = new EngineLoadContext(dependencyFolder);
            AssemblyLoadContext.Default.Resolving += OnResolving;
        }

        private static Assembly? OnResolving(AssemblyLoadContext requester, AssemblyName name)
            => name.Name == EngineLoader.EngineAssemblyName && context != null ? context.LoadFromAssemblyName(name) : null;
    }
}
