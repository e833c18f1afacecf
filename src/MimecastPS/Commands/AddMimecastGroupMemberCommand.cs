using System.Management.Automation;
using MimecastPS.Pipeline;

namespace MimecastPS.Commands
{
    /// <summary>Adds addresses or domains to directory groups: POST /api/directory/add-group-member.</summary>
    [Cmdlet(VerbsCommon.Add, "MimecastGroupMember", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium, HelpUri = "https://github.com/mimecastps/MimecastPS/blob/main/docs/en-US/Add-MimecastGroupMember.md")]
    [OutputType(typeof(MimecastGroupMember))]
    public sealed class AddMimecastGroupMemberCommand : MimecastGroupMemberCmdlet
    {
        private static readonly RowEndpoint Definition = MemberEndpoint("/api/directory/add-group-member", "Add Mimecast group member", "Adding Mimecast group members",
            MimecastRowStatus.Added, SuccessShape.DataItemPerRow, defaultBatchSize: 100);

        /// <summary>What to do when the member is already in the group: Error (the default) or Skip.</summary>
        [Parameter]
        [ValidateSet(nameof(IfExistsAction.Error), nameof(IfExistsAction.Skip))]
        public IfExistsAction IfExists { get; set; } = IfExistsAction.Error;

        private protected override RowEndpoint Endpoint => Definition;

        private protected override IfExistsAction WhenExists => IfExists;
    }
}
