using System.Management.Automation;
using MimecastPS.Tests.Module;

namespace MimecastPS.Tests.Help;

/// <summary>
/// The cmdlet classes in the dll that Import-Module loaded from out/MimecastPS: the one list the manifest's export list
/// and the about topic's command lists are held against, so that none of them is the source.
/// </summary>
public static class DefinedCmdlets
{
    public static IReadOnlyList<string> In(ModuleRunspace ps)
    {
        var module = (PSModuleInfo)ps.Run("Get-Module MimecastPS").Output.Single().BaseObject;
        return module.ImplementingAssembly.GetExportedTypes()
            .Where(t => !t.IsAbstract)
            .Select(t => t.GetCustomAttributes(typeof(CmdletAttribute), false).OfType<CmdletAttribute>().SingleOrDefault())
            .OfType<CmdletAttribute>()
            .Select(a => a.VerbName + "-" + a.NounName)
            .Order(StringComparer.Ordinal)
            .ToList();
    }
}
