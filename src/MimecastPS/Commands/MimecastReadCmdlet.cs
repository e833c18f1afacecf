using System;
using System.Linq;
using System.Management.Automation;
using MimecastPS.Binding;
using MimecastPS.Pipeline;
using MimecastPS.Transport;
using Newtonsoft.Json.Linq;

namespace MimecastPS.Commands
{
    /// <summary>
    /// The shared part of the Get- cmdlets: one lookup per row, every page of it, each listed entry written as it
    /// arrives; a lookup that fails (a fail entry, a request that did not run) is that row's error and the next
    /// row is still looked up.
    /// </summary>
    public abstract class MimecastReadCmdlet : MimecastApiCmdlet
    {
        /// <summary>The pipeline row; hidden, it makes each error's TargetObject the row that failed, so the row can be run again.</summary>
        [Parameter(ValueFromPipeline = true, DontShow = true)]
        public PSObject? InputObject { get; set; }

        /// <summary>What an error of the current row carries: the row as given (secret cells as SecureString), or without pipeline input the value looked up.</summary>
        private protected object RowTarget(object lookedUp)
            => InputObject == null || !(InputObject.BaseObject is PSCustomObject) ? lookedUp : SecretCells.Hide(InputObject, SecretRedactor.IsSecretName);

        /// <summary>The current row's error, refused before anything was looked up.</summary>
        private protected void WriteRowError(RowFailure failure, object lookedUp)
            => WriteError(failure.ToErrorRecord(RowTarget(lookedUp), lookedUp.ToString() ?? string.Empty));

        /// <summary>Looks up a row keyed by one address (sent as <paramref name="field"/>): an address that is not one is the row's error.</summary>
        private protected void WriteListedForAddress(ListEndpoint endpoint, string parameter, string value, string field)
        {
            string address = RowValidation.Clean(value);
            RowFailure? invalid = RowValidation.CheckEmailAddress(parameter, address);
            if (invalid != null)
            {
                WriteRowError(invalid, address);
                return;
            }
            WriteListed(endpoint, new JObject { [field] = address }, address);
        }

        /// <summary>
        /// Looks up one row and writes what it found; false when the lookup failed (its error, naming
        /// <paramref name="lookedUp"/> and carrying the row, was written).
        /// </summary>
        private protected bool WriteListed(ListEndpoint endpoint, JObject request, object lookedUp, Func<object, bool>? keep = null, int pageSize = ListEndpoint.DefaultPageSize)
        {
            object target = RowTarget(lookedUp);
            try
            {
                foreach (ApiResponse page in ListPages(endpoint, request, pageSize))
                {
                    if (page.Fail.Count > 0)
                    {
                        string subject = lookedUp.ToString() ?? endpoint.Path;
                        WriteError(RowFailures.FromFailEntry(page.Fail[0], subject).ToErrorRecord(target, subject));
                        return false;
                    }
                    foreach (JObject entry in endpoint.EntriesIn(page))
                    {
                        object output = endpoint.CreateOutput(entry, request);
                        if (keep == null || keep(output))
                        {
                            WriteObject(output);
                        }
                    }
                }
                return true;
            }
            catch (MimecastApiException e)
            {
                WriteError(new ErrorRecord(e, e.Code, ErrorCategories.ForFailure(e.Failure), target));
                return false;
            }
        }
    }
}
