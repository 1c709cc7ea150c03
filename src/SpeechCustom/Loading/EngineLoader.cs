using System;
using System.IO;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Threading;

namespace SpeechCustom.Loading
{
    /// <summary>
    /// Makes SpeechCustom.Engine and its dependencies (Azure.Core, Azure.Identity, MSAL, System.Text.Json, ...) load
    /// from the module's Dependencies folder without clashing with the copies other modules (Az.Accounts,
    /// Microsoft.Graph) bring: on PowerShell 7 into a private AssemblyLoadContext, on Windows PowerShell 5.1 through
    /// AssemblyResolve. Runs from the module initializer and from IModuleAssemblyInitializer, whichever comes first.
    /// </summary>
    internal static class EngineLoader
    {
        public const string EngineAssemblyName = "SpeechCustom.Engine";

        private static int registered;

        public static string DependencyFolder => Path.Combine(Path.GetDirectoryName(typeof(EngineLoader).Assembly.Location) ?? ".", "Dependencies");

        public static bool IsDesktop => RuntimeInformation.FrameworkDescription.StartsWith(".NET Framework", StringComparison.OrdinalIgnoreCase);

        [ModuleInitializer]
        internal static void Register()
        {
            if (Interlocked.Exchange(ref registered, 1) == 1)
                return;
            // Separate classes: the JIT must never see AssemblyLoadContext on .NET Framework, where it does not exist.
            if (IsDesktop)
                DesktopDependencyResolver.Register(DependencyFolder);
            else
                CoreDependencyResolver.Register(DependencyFolder);
        }
    }
}
