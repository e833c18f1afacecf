using System.Collections.Generic;
using System.Management.Automation;
using MimecastPS.Binding;
using MimecastPS.Pipeline;
using Newtonsoft.Json.Linq;

namespace MimecastPS.Commands
{
    /// <summary>Lets a user open other users' mailboxes: POST /api/user/add-delegate-user, one item for each delegate address.</summary>
    [Cmdlet(VerbsCommon.Add, "MimecastDelegate", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium, HelpUri = "https://github.com/mimecastps/MimecastPS/blob/main/docs/en-US/Add-MimecastDelegate.md")]
    [OutputType(typeof(MimecastDelegate))]
    public sealed class AddMimecastDelegateCommand : MimecastRowCmdlet
    {
        internal const string NotAppliedCode = "DelegateNotApplied";

        [Parameter(Mandatory = true, Position = 0, ValueFromPipelineByPropertyName = true)]
        [AllowEmptyString]
        public string PrimaryAddress { get; set; } = string.Empty;

        [Parameter(Mandatory = true, Position = 1, ValueFromPipelineByPropertyName = true)]
        [ListTransformation]
        [AllowEmptyCollection]
        [AllowNull]
        public string[]? DelegateAddress { get; set; }

        private protected override string ApiPath => "/api/user/add-delegate-user";

        private protected override string Action => "Add Mimecast delegate";

        private protected override IEnumerable<RowRequest> CreateRequests()
            => AddressListRequests.Create(nameof(PrimaryAddress), PrimaryAddress, nameof(DelegateAddress), DelegateAddress,
                (primary, delegateAddress) => primary + " -> " + delegateAddress,
                (primary, delegateAddress) => new JObject { ["primaryAddress"] = primary, ["delegateAddress"] = delegateAddress });

        /// <summary>Answers carry only an id and success, so they are matched by position; fail keys by both addresses.</summary>
        private protected override string? IdentityOf(JObject itemOrAnswer)
        {
            string? primary = JsonFields.Identity(itemOrAnswer, "primaryAddress");
            string? delegateAddress = JsonFields.Identity(itemOrAnswer, "delegateAddress");
            return primary == null || delegateAddress == null ? null : primary + "|" + delegateAddress;
        }

        private protected override RowFailure? FailureInAnswer(JObject answer, string subject)
            => JsonFields.Flag(answer, "success") == false
                ? new RowFailure(NotAppliedCode, subject + ": Mimecast answered success:false: the delegate right was not applied (a user cannot be their own delegate, and both addresses must be internal users).", ErrorCategory.InvalidOperation)
                : null;

        private protected override object CreateOutput(JObject sentItem, JObject answer) => new MimecastDelegate
        {
            PrimaryAddress = JsonFields.Text(sentItem, "primaryAddress")!,
            DelegateAddress = JsonFields.Text(sentItem, "delegateAddress")!,
            Id = JsonFields.Text(answer, "id"),
        };
    }
}
