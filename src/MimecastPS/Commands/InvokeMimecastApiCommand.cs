using System;
using System.Collections;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
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
            foreach (ApiResponse page in SendPages(Path, _items, meta, All))
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
            object target = index >= 0 ? _inputs[index] : (object?)PowerShellJson.ToPowerShell(fail.Key) ?? Path;
            var row = new PendingRow(target, fail.Key == null ? Path : SubjectOf(fail.Key), fail.Key);
            RowFailure failure = RowFailures.FromFailEntry(fail, row);
            WriteError(new ErrorRecord(new MimecastRowException(failure.Code, failure.Message), failure.Code, failure.Category, target));
        }

        /// <summary>The item's address if it has one (messages name it); never a password.</summary>
        private static string SubjectOf(JObject key)
            => key.Properties().Where(p => p.Value.Type == JTokenType.String && !SecretRedactor.IsSecretName(p.Name))
                .Select(p => (string)p.Value!).FirstOrDefault(v => v.Contains("@")) ?? "item";
    }
}
