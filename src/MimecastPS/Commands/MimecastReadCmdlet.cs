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

        /// <summary>Every client seen in the wild pages by at most 100; larger pages are not documented for every endpoint.</summary>
        private protected const int DefaultPageSize = 100;

        /// <summary>The current row's error, refused before anything was looked up.</summary>
        private protected void WriteRowError(RowFailure failure, object lookedUp)
            => WriteError(new ErrorRecord(new MimecastRowException(failure.Code, failure.Message), failure.Code, failure.Category, RowTarget(lookedUp)));

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
            WriteListed(endpoint, new JObject { [field] = address }, RowTarget(address));
        }

        /// <summary>Looks up one row and writes what it found; false when the lookup failed (its error was written).</summary>
        private protected bool WriteListed(ListEndpoint endpoint, JObject request, object target, Func<object, bool>? keep = null, int pageSize = DefaultPageSize)
        {
            JObject? meta = endpoint.Paged ? new JObject { ["pagination"] = new JObject { ["pageSize"] = pageSize } } : null;
            try
            {
                foreach (ApiResponse page in SendPages(endpoint.Path, new[] { request }, meta, allPages: endpoint.Paged))
                {
                    foreach (FailEntry fail in page.Fail)
                    {
                        var row = new PendingRow(target, RowRequest.Send(target.ToString() ?? endpoint.Path, request), null);
                        RowFailure failure = RowFailures.FromFailEntry(fail, row);
                        WriteError(new ErrorRecord(new MimecastRowException(failure.Code, failure.Message), failure.Code, failure.Category, target));
                        return false;
                    }
                    foreach (JObject item in page.Data.OfType<JObject>())
                    {
                        foreach (JObject entry in endpoint.EntriesOf(item))
                        {
                            object output = endpoint.CreateOutput(entry, request);
                            if (keep == null || keep(output))
                            {
                                WriteObject(output);
                            }
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
