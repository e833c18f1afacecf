using System.Management.Automation;
using MimecastPS.Pipeline;

namespace MimecastPS.Commands
{
    /// <summary>Removes addresses or domains from directory groups: POST /api/directory/remove-group-member.</summary>
    [Cmdlet(VerbsCommon.Remove, "MimecastGroupMember", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.High, HelpUri = "https://github.com/mimecastps/MimecastPS/blob/main/docs/en-US/Remove-MimecastGroupMember.md")]
    [OutputType(typeof(MimecastGroupMember))]
    public sealed class RemoveMimecastGroupMemberCommand : MimecastGroupMemberCmdlet
    {
        /// <summary>
        /// Mimecast documents a data item per removed member; an answer without one still counts as success when it
        /// holds no fail entry for the row, so rows go one per request: a lost entry in a batch would pass for a success.
        /// </summary>
        private static readonly RowEndpoint Definition = MemberEndpoint("/api/directory/remove-group-member", "Remove Mimecast group member", "Removing Mimecast group members",
            MimecastRowStatus.Removed, SuccessShape.NoFailEntry, defaultBatchSize: 1);

        private protected override RowEndpoint Endpoint => Definition;
    }
}
