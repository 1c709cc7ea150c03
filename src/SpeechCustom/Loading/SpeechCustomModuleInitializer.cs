using System.Management.Automation;

namespace SpeechCustom.Loading
{
    /// <summary>
    /// Runs when PowerShell imports the module, before it looks at the cmdlets: teaches the runtime where the engine
    /// lives. Public types of this assembly must not derive from or hold value types of the engine, because
    /// PowerShell loads them before this runs.
    /// </summary>
    public sealed class SpeechCustomModuleInitializer : IModuleAssemblyInitializer, IModuleAssemblyCleanup
    {
        public void OnImport() => EngineLoader.Register();

        // The engine stays loaded for the life of the process (its load context is not collectible), so a later
        // Import-Module finds it again; nothing to undo.
        public void OnRemove(PSModuleInfo psModuleInfo)
        {
        }
    }
}
