using System.Management.Automation;
using MimecastPS.Binding;
using MimecastPS.Pipeline;
using Newtonsoft.Json.Linq;

namespace MimecastPS.Commands
{
    /// <summary>Lists a directory group's members, every page: POST /api/directory/get-group-members.</summary>
    [Cmdlet(VerbsCommon.Get, "MimecastGroupMember", HelpUri = "https://github.com/mimecastps/MimecastPS/blob/main/docs/en-US/Get-MimecastGroupMember.md")]
    [OutputType(typeof(MimecastGroupMember))]
    public sealed class GetMimecastGroupMemberCommand : MimecastReadCmdlet
    {
        private static readonly ListEndpoint Definition = new ListEndpoint("/api/directory/get-group-members", "groupMembers",
            (member, request) => MimecastGroupJson.Member(member, request), paged: true);

        private GroupResolver? _groups;

        /// <summary>
        /// The group's id, or its name (looked up once per run; a name that several groups share is refused). Takes the
        /// Id of a group from Get-MimecastGroup, so that <c>Get-MimecastGroup Finance | Get-MimecastGroupMember</c> works.
        /// </summary>
        [Parameter(Mandatory = true, Position = 0, ValueFromPipelineByPropertyName = true)]
        [Alias("GroupName", "GroupId", "Id")]
        [AllowEmptyString]
        public string Group { get; set; } = string.Empty;

        protected override void BeginProcessing()
        {
            base.BeginProcessing();
            _groups = CreateGroupResolver();
        }

        protected override void ProcessRecord()
        {
            string group = RowValidation.Clean(Group);
            if (group.Length == 0)
            {
                WriteRowError(RowValidation.Missing("row", nameof(Group)), group);
                return;
            }
            var (id, failure) = _groups!.Resolve(group);
            if (failure != null)
            {
                WriteRowError(failure, group);
                return;
            }
            WriteListed(Definition, new JObject { ["id"] = id }, group);
        }
    }
}
