using System;
using System.Collections;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using MimecastPS.Json;
using MimecastPS.Pipeline;
using MimecastPS.Transport;
using Newtonsoft.Json.Linq;

namespace MimecastPS.Commands
{
    /// <summary>
    /// Calls any Mimecast API path with the session's authentication, retries, pacing and redaction:
    /// the escape hatch for the hundreds of endpoints without a cmdlet of their own.
    /// </summary>
    [Cmdlet(VerbsLifecycle.Invoke, "MimecastApi", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium, HelpUri = "https://github.com/mimecastps/MimecastPS/blob/main/docs/en-US/Invoke-MimecastApi.md")]
    [OutputType(typeof(PSObject))]
    public sealed class InvokeMimecastApiCommand : MimecastApiCmdlet
    {
        private readonly List<JObject> _items = new List<JObject>();
        private readonly List<object> _inputs = new List<object>();

        [Parameter(Mandatory = true, Position = 0)]
        [ValidatePattern("^/api/[A-Za-z0-9._~/-]+$")]
        public string Path { get; set; } = string.Empty;

        [Parameter(Position = 1, ValueFromPipeline = true)]
        [AllowEmptyCollection]
        public object[]? Data { get; set; }

        [Parameter]
        public Hashtable? Meta { get; set; }

        [Parameter]
        public SwitchParameter All { get; set; }

        [Parameter]
        public SwitchParameter Raw { get; set; }

        /// <summary>
        /// The call may be sent again after an attempt that got no answer (it only reads, or Mimecast refuses a
        /// duplicate). Reads (get-, find-, search-, list- paths) are taken as safe without it.
        /// </summary>
        [Parameter]
        public SwitchParameter SafeToRetry { get; set; }

        protected override void BeginProcessing()
        {
            if (Path.Split('/').Any(segment => segment == "." || segment == ".."))
            {
                ThrowTerminating(new ArgumentException("-Path '" + Path + "' has a '.' or '..' segment; give the endpoint's own path, such as /api/user/get-internal-users."),
                    "InvalidApiPath", ErrorCategory.InvalidArgument, Path);
            }
            base.BeginProcessing();
        }

        protected override void ProcessRecord()
        {
            foreach (object item in Data ?? new object[0])
            {
                if (!(PowerShellJson.ToJson(item) is JObject json))
                {
                    WriteError(new ErrorRecord(new ArgumentException("A data item must be a hashtable or an object with properties, not '" + item + "'."),
                        "InvalidDataItem", ErrorCategory.InvalidArgument, item));
                    continue;
                }
                _items.Add(json);
                _inputs.Add(item);
            }
        }

        protected override void EndProcessing()
        {
            if (!ShouldProcess(Path, "POST " + _items.Count + " data item(s)"))
            {
                return;
            }
            JObject? meta = Meta == null ? null : (JObject)PowerShellJson.ToJson(Meta);
            try
            {
                WritePages(SendPages(Path, _items, meta, All, SafeToRetry || IsRead(Path)));
            }
            catch (MimecastApiException e)
            {
                ThrowFatal(e);
            }
        }

        private void WritePages(IEnumerable<ApiResponse> pages)
        {
            foreach (ApiResponse page in pages)
            {
                if (Raw)
                {
                    // The envelope already holds the fail entries; errors for them too would report them twice.
                    WriteObject(PowerShellJson.ToPowerShell(page.Envelope));
                    continue;
                }
                foreach (JToken item in page.Data)
                {
                    WriteObject(PowerShellJson.ToPowerShell(item));
                }
                foreach (FailEntry fail in page.Fail)
                {
                    WriteFailEntry(fail);
                }
            }
        }

        private void WriteFailEntry(FailEntry fail)
        {
            int index = fail.Key == null ? -1 : _items.FindIndex(i => JToken.DeepEquals(i, fail.Key));
            // A key that matches no item sent is shown redacted: it is the server's echo, and may hold a password.
            object target = index >= 0 ? _inputs[index] : fail.Key == null ? Path : SecretRedactor.Redact(fail.Key);
            string subject = fail.Key == null ? Path : SubjectOf(fail.Key);
            WriteError(RowFailures.FromFailEntry(fail, subject).ToErrorRecord(target, subject));
        }

        private static bool IsRead(string path)
        {
            string action = path.Substring(path.LastIndexOf('/') + 1);
            return new[] { "get-", "find-", "search-", "list-" }.Any(prefix => action.StartsWith(prefix, StringComparison.OrdinalIgnoreCase));
        }

        /// <summary>The item's address if it has one (messages name it); never a password.</summary>
        private static string SubjectOf(JObject key)
            => key.Properties().Where(p => p.Value.Type == JTokenType.String && !SecretRedactor.IsSecretName(p.Name))
                .Select(p => (string)p.Value!).FirstOrDefault(v => v.Contains("@")) ?? "item";
    }
}
