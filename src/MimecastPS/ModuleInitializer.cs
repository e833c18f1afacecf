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
        /// A Windows reviewer should try, in Windows PowerShell 5.1:
        /// - default machine: [Net.ServicePointManager]::SecurityProtocol before and after Import-Module is the same
        ///   (SystemDefault, 0, on .NET Framework 4.7+ with no registry override), and Connect-Mimecast works;
        /// - after [Net.ServicePointManager]::SecurityProtocol = 'Tls' (or on a machine whose SchUseStrongCrypto is 0):
        ///   Import-Module leaves 'Tls, Tls12', and Connect-Mimecast works;
        /// - after setting 'Tls12, Tls13': Import-Module changes nothing.
        /// </summary>
        private static void AllowTls12OnNetFramework()
        {
            if (!RuntimeInformation.FrameworkDescription.StartsWith(".NET Framework", StringComparison.Ordinal))
            {
                return;
            }
            var protocols = ServicePointManager.SecurityProtocol;
            var wanted = WithTls12(protocols);
            if (wanted != protocols)
            {
                ServicePointManager.SecurityProtocol = wanted;
            }
        }

        /// <summary>
        /// The protocols to allow: <paramref name="current"/> with TLS 1.2 added, unless the OS decides (0 is
        /// SystemDefault, not named in netstandard2.0; every OS that runs 5.1 today allows 1.2 then) or 1.2 is allowed already.
        /// </summary>
        internal static SecurityProtocolType WithTls12(SecurityProtocolType current)
            => current == 0 || (current & SecurityProtocolType.Tls12) != 0 ? current : current | SecurityProtocolType.Tls12;
    }
}
