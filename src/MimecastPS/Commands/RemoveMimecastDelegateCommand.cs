using System.Collections.Generic;
using System.Management.Automation;
using MimecastPS.Binding;
using MimecastPS.Json;
using MimecastPS.Pipeline;
using Newtonsoft.Json.Linq;

namespace MimecastPS.Commands
{
    /// <summary>
    /// Removes delegate rights by their id: POST /api/user/remove-delegate-user, so that
    /// <c>Get-MimecastDelegate ... | Remove-MimecastDelegate</c> works. Mimecast documents neither the request nor the answer
    /// of this endpoint; the module sends the right's id with its primary address, and a row succeeds when the answer
    /// holds no fail entry for it.
    /// </summary>
    [Cmdlet(VerbsCommon.Remove, "MimecastDelegate", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.High, HelpUri = "https://github.com/mimecastps/MimecastPS/blob/main/docs/en-US/Remove-MimecastDelegate.md")]
    [OutputType(typeof(MimecastDelegate))]
    public sealed class RemoveMimecastDelegateCommand : MimecastRowCmdlet
    {
        private static readonly RowEndpoint Definition = new RowEndpoint("/api/user/remove-delegate-user", "Remove Mimecast delegate right", "Removing Mimecast delegate rights",
            item => JsonFields.Text(item, "id"),
            (sent, answer) => new MimecastDelegate
            {
                PrimaryAddress = JsonFields.Text(sent, "primaryAddress") ?? string.Empty,
                Id = JsonFields.Text(sent, "id"),
            },
            MimecastRowStatus.Removed,
            SuccessShape.NoFailEntry,
            // Success shows only as a missing fail entry: a lost entry in a batch would pass for a success.
            defaultBatchSize: 1);

        /// <summary>The delegate right's id, as Add-MimecastDelegate and Get-MimecastDelegate output it.</summary>
        [Parameter(Mandatory = true, Position = 0, ValueFromPipelineByPropertyName = true)]
        [AllowEmptyString]
        public string Id { get; set; } = string.Empty;

        /// <summary>The user who holds the right.</summary>
        [Parameter(Mandatory = true, Position = 1, ValueFromPipelineByPropertyName = true)]
        [AllowEmptyString]
        public string PrimaryAddress { get; set; } = string.Empty;

        /// <summary>The mailbox the right opens; named in messages and the output only, not sent.</summary>
        [Parameter(ValueFromPipelineByPropertyName = true)]
        public string? DelegateAddress { get; set; }

        private protected override RowEndpoint Endpoint => Definition;

        private protected override IEnumerable<RowRequest> CreateRequests()
        {
            string id = RowValidation.Clean(Id);
            string primary = RowValidation.Clean(PrimaryAddress);
            string delegateAddress = RowValidation.Clean(DelegateAddress);
            string subject = primary + (delegateAddress.Length > 0 ? " -> " + delegateAddress : "") + " (right " + id + ")";
            if (id.Length == 0)
            {
                yield return RowRequest.Refuse(subject, RowValidation.Missing(subject, nameof(Id)));
                yield break;
            }
            var invalid = RowValidation.CheckEmailAddress(nameof(PrimaryAddress), primary);
            if (invalid != null)
            {
                yield return RowRequest.Refuse(subject, RowFailures.Invalid(invalid.Code, subject + ": " + invalid.Message));
                yield break;
            }
            yield return RowRequest.Send(subject, new JObject { ["id"] = id, ["primaryAddress"] = primary });
        }
    }
}
