using System;
using System.Linq;
using System.Management.Automation;
using System.Net;
using System.Runtime.InteropServices;

namespace MimecastPS
{
    /// <summary>Runs once at Import-Module: settles what Windows PowerShell 5.1 would otherwise get wrong.</summary>
    public sealed class ModuleInitializer : IModuleAssemblyInitializer
    {
        private static readonly Version RequiredJsonVersion = new Version(13, 0, 0, 0);

        public void OnImport()
        {
            RejectOldNewtonsoftJson();
            AllowTls12OnNetFramework();
        }

        /// <summary>
        /// Windows PowerShell cannot load two versions of one assembly: if another module (AzureAD, an old Az)
        /// loaded an older Newtonsoft.Json first, every cmdlet would later fail deep inside with a
        /// MissingMethodException. Say so now, with what to do.
        /// </summary>
        private static void RejectOldNewtonsoftJson()
        {
            var loaded = AppDomain.CurrentDomain.GetAssemblies()
                .Select(a => a.GetName())
                .FirstOrDefault(n => n.Name == "Newtonsoft.Json" && n.Version < RequiredJsonVersion);
            if (loaded != null)
            {
                throw new InvalidOperationException("MimecastPS needs Newtonsoft.Json 13.0 or later, but this session already loaded version " + loaded.Version
                    + " (another module brought it). Import MimecastPS in a new PowerShell session before that module.");
            }
        }

        /// <summary>
        /// Mimecast requires TLS 1.2. .NET Framework processes whose SecurityProtocol is not the OS default
        /// may offer only TLS 1.0: add 1.2 to what is there (never replace it). On .NET (PowerShell 7)
        /// HttpClient ignores this setting and the OS default already includes 1.2.
        /// </summary>
        private static void AllowTls12OnNetFramework()
        {
            if (!RuntimeInformation.FrameworkDescription.StartsWith(".NET Framework", StringComparison.Ordinal))
            {
                return;
            }
            // 0 is SystemDefault (not in netstandard2.0): the OS decides, and every OS that runs 5.1 today allows 1.2.
            var protocols = ServicePointManager.SecurityProtocol;
            if (protocols != 0 && (protocols & SecurityProtocolType.Tls12) == 0)
            {
                ServicePointManager.SecurityProtocol = protocols | SecurityProtocolType.Tls12;
            }
        }
    }
}
