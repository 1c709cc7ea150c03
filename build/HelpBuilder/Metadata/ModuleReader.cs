using System.Collections;
using System.Globalization;
using System.Management.Automation;
using System.Management.Automation.Runspaces;

namespace SpeechCustom.HelpBuilder.Metadata;

/// <summary>
/// Imports the staged module into the real PowerShell engine (hosted in this process) and reads each exported cmdlet's
/// live metadata, exactly as Get-Command sees it: parameter sets, types, mandatory, position, pipeline input, aliases,
/// accepted values. Defaults are read from a fresh instance of the cmdlet class (what a parameter is before binding).
/// </summary>
internal static class ModuleReader
{
    public static IReadOnlyList<CommandModel> Read(string manifestPath)
    {
        using var runspace = RunspaceFactory.CreateRunspace(InitialSessionState.CreateDefault2());
        runspace.Open();
        using var ps = PowerShell.Create();
        ps.Runspace = runspace;
        ps.AddCommand("Import-Module").AddParameter("Name", manifestPath).AddParameter("PassThru").AddParameter("ErrorAction", "Stop");
        var imported = ps.Invoke<PSModuleInfo>();
        if (ps.HadErrors || imported.Count == 0)
            throw new InvalidOperationException($"Could not import {manifestPath}: " + string.Join("; ", ps.Streams.Error.Select(e => e.ToString())));

        var module = imported[0];
        return module.ExportedCmdlets.Values
            .OrderBy(c => c.Name, StringComparer.OrdinalIgnoreCase)
            .Select(Describe)
            .ToList();
    }

    private static CommandModel Describe(CmdletInfo cmdlet)
    {
        var sets = cmdlet.ParameterSets
            .OrderBy(s => s.IsDefault ? 0 : 1)
            .ThenBy(s => s.Name, StringComparer.Ordinal)
            .ToList();

        var defaults = DefaultsOf(cmdlet.ImplementingType);
        var usages = new Dictionary<string, List<(CommandParameterInfo Info, ParameterUsage Usage)>>(StringComparer.OrdinalIgnoreCase);
        var setModels = new List<ParameterSetModel>();
        foreach (var set in sets)
        {
            foreach (var p in set.Parameters.Where(p => !IsCommon(p.Name)))
            {
                if (!usages.TryGetValue(p.Name, out var list))
                    usages[p.Name] = list = new();
                list.Add((p, new ParameterUsage(set.Name, p.IsMandatory, p.Position == int.MinValue ? null : p.Position, p.ValueFromPipeline, p.ValueFromPipelineByPropertyName)));
            }
            setModels.Add(new ParameterSetModel(set.Name, set.IsDefault, cmdlet.Name + " " + set, DisplayOrder(set)));
        }

        var parameters = usages.Values
            .Select(list => Parameter(list[0].Info, list.Select(x => x.Usage).ToList(), defaults))
            .OrderBy(p => p, ParameterOrder.Instance)
            .ToList();

        var outputs = cmdlet.OutputType.Select(t => t.Name).Distinct(StringComparer.Ordinal).ToList();
        return new CommandModel(cmdlet.Name, cmdlet.Verb, cmdlet.Noun, setModels, parameters, outputs);
    }

    /// <summary>Positional (by position), then named mandatory, then named optional — the order PowerShell's syntax uses.</summary>
    private static List<string> DisplayOrder(CommandParameterSetInfo set)
    {
        var own = set.Parameters.Where(p => !IsCommon(p.Name)).ToList();
        return own.Where(p => p.Position != int.MinValue).OrderBy(p => p.Position).Select(p => p.Name)
            .Concat(own.Where(p => p.Position == int.MinValue && p.IsMandatory).Select(p => p.Name))
            .Concat(own.Where(p => p.Position == int.MinValue && !p.IsMandatory).Select(p => p.Name))
            .ToList();
    }

    private static ParameterModel Parameter(CommandParameterInfo info, List<ParameterUsage> usages, IReadOnlyDictionary<string, object?> defaults)
    {
        var type = Nullable.GetUnderlyingType(info.ParameterType) ?? info.ParameterType;
        var isSwitch = type == typeof(SwitchParameter);
        var accepted = info.Attributes.OfType<ValidateSetAttribute>().SelectMany(a => a.ValidValues).ToList();
        if (accepted.Count == 0 && type.IsEnum)
            accepted = Enum.GetNames(type).ToList();
        var globbing = info.Attributes.OfType<SupportsWildcardsAttribute>().Any();

        string defaultValue;
        if (isSwitch)
            defaultValue = "False";
        else if (usages.All(u => u.Mandatory))
            defaultValue = "None";
        else
            defaultValue = DefaultText(defaults.GetValueOrDefault(info.Name));

        return new ParameterModel(info.Name, TypeName(type), isSwitch, info.Aliases.ToList(), accepted, globbing, defaultValue, usages);
    }

    /// <summary>platyPS's short type names: String, SecureString, String[], SwitchParameter, the enum's own name.</summary>
    private static string TypeName(Type type)
    {
        if (type.IsArray)
            return TypeName(type.GetElementType()!) + "[]";
        return type.Name;
    }

    private static string DefaultText(object? value) => value switch
    {
        null => "None",
        string s when s.Length == 0 => "None",
        string s => s,
        ICollection c when c.Count == 0 => "None",
        ICollection => "None",
        bool b => b ? "True" : "False",
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "None",
    };

    /// <summary>The value of each parameter property on a new instance, or nothing when it cannot be created.</summary>
    private static IReadOnlyDictionary<string, object?> DefaultsOf(Type cmdletType)
    {
        var result = new Dictionary<string, object?>(StringComparer.OrdinalIgnoreCase);
        object? instance;
        try
        {
            instance = Activator.CreateInstance(cmdletType);
        }
        catch (Exception)
        {
            return result;
        }
        foreach (var property in cmdletType.GetProperties().Where(p => p.GetIndexParameters().Length == 0 && p.CanRead))
        {
            if (property.GetCustomAttributes(typeof(ParameterAttribute), inherit: true).Length == 0)
                continue;
            try
            {
                result[property.Name] = property.GetValue(instance);
            }
            catch (Exception)
            {
                // A getter that needs a running pipeline: no default to show.
            }
        }
        (instance as IDisposable)?.Dispose();
        return result;
    }

    /// <summary>The common parameters (-Verbose, -ErrorAction, ... -ProgressAction): documented once, not per cmdlet.</summary>
    public static bool IsCommon(string name) => Cmdlet.CommonParameters.Contains(name);
}
