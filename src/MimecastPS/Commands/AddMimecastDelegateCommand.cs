using System.Collections.Generic;
using System.Management.Automation;
using MimecastPS.Binding;
using MimecastPS.Json;
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

        private static readonly RowEndpoint Definition = new RowEndpoint("/api/user/add-delegate-user", "Add Mimecast delegate", "Adding Mimecast delegates",
            // Answers carry only an id and success, so they are matched by position; fail keys by both addresses.
            item => JsonFields.Identity(item, "primaryAddress") is string primary && JsonFields.Identity(item, "delegateAddress") is string delegateAddress
                ? primary + "|" + delegateAddress
                : null,
            (sent, answer) => new MimecastDelegate
            {
                PrimaryAddress = JsonFields.Text(sent, "primaryAddress")!,
                DelegateAddress = JsonFields.Text(sent, "delegateAddress")!,
                Id = answer == null ? null : JsonFields.Text(answer, "id"),
            },
            MimecastRowStatus.Added,
            existsMeansInPlace: false,
            // Whether Mimecast refuses a right a user already holds is not documented: -IfExists Skip reads them first.
            inPlace: new InPlaceCheck(GetMimecastDelegateCommand.Definition, "primaryAddress", "primaryAddress", "delegateAddress", "emailAddress"),
            failureInAnswer: (answer, subject) => JsonFields.Flag(answer, "success") == false
                ? new RowFailure(NotAppliedCode, subject + ": Mimecast answered success:false: the delegate right was not applied (a user cannot be their own delegate, and both addresses must be internal users).", ErrorCategory.InvalidOperation)
                : null);

        /// <summary>What to do when the delegate right already exists: Error (the default) or Skip.</summary>
        [Parameter]
        [ValidateSet(nameof(IfExistsAction.Error), nameof(IfExistsAction.Skip))]
        public IfExistsAction IfExists { get; set; } = IfExistsAction.Error;

        private protected override RowEndpoint Endpoint => Definition;

        private protected override IfExistsAction WhenExists => IfExists;

        private protected override IEnumerable<RowRequest> CreateRequests()
            => AddressListRequests.Create(nameof(PrimaryAddress), PrimaryAddress, nameof(DelegateAddress), DelegateAddress,
                (primary, delegateAddress) => primary + " -> " + delegateAddress,
                (primary, delegateAddress) => new JObject { ["primaryAddress"] = primary, ["delegateAddress"] = delegateAddress });
    }
}
