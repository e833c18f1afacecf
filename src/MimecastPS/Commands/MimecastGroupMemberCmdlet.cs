using System.Collections.Generic;
using System.Management.Automation;
using MimecastPS.Binding;
using MimecastPS.Pipeline;
using Newtonsoft.Json.Linq;

namespace MimecastPS.Commands
{
    /// <summary>What Add- and Remove-MimecastGroupMember share: the group, address and domain columns, and resolving the group.</summary>
    public abstract class MimecastGroupMemberCmdlet : MimecastRowCmdlet
    {
        private GroupResolver? _groups;

        /// <summary>The group's id, or its name (looked up once per run; a name that several groups share is refused).</summary>
        [Parameter(Mandatory = true, Position = 0, ValueFromPipelineByPropertyName = true)]
        [Alias("GroupName", "GroupId")]
        [AllowEmptyString]
        public string Group { get; set; } = string.Empty;

        /// <summary>The member's address. Give it or -Domain, not both.</summary>
        [Parameter(Position = 1, ValueFromPipelineByPropertyName = true)]
        [Alias("Email", "Mail", "PrimarySmtpAddress", "UserPrincipalName", "Member")]
        public string? EmailAddress { get; set; }

        /// <summary>A whole domain as the member. Give it or -EmailAddress, not both.</summary>
        [Parameter(ValueFromPipelineByPropertyName = true)]
        public string? Domain { get; set; }

        /// <summary>A group-member endpoint: rows are told apart by group and member; answers read as MimecastGroupMember.</summary>
        private protected static RowEndpoint MemberEndpoint(string path, string action, string activity, MimecastRowStatus status, SuccessShape success, int defaultBatchSize)
            => new RowEndpoint(path, action, activity, MimecastGroupJson.MemberIdentity,
                (sent, answer) => MimecastGroupJson.Member(answer ?? new JObject(), sent), status, success, defaultBatchSize: defaultBatchSize);

        protected override void BeginProcessing()
        {
            base.BeginProcessing();
            _groups = CreateGroupResolver();
        }

        private protected override IEnumerable<RowRequest> CreateRequests()
        {
            string group = RowValidation.Clean(Group);
            string address = RowValidation.Clean(EmailAddress);
            string domain = RowValidation.Clean(Domain);
            if (address.Length > 0 && string.Equals(domain, EmailAddresses.DomainOf(address), System.StringComparison.OrdinalIgnoreCase))
            {
                // A member read by Get-MimecastGroupMember carries its address's domain too: the address is the member.
                domain = string.Empty;
            }
            string member = address.Length > 0 ? address : domain;
            string subject = member + " (group " + group + ")";
            if (group.Length == 0 || member.Length == 0)
            {
                yield return RowRequest.Refuse(subject, RowValidation.Missing(subject, group.Length == 0 ? "Group" : "EmailAddress or -Domain"));
                yield break;
            }
            if (address.Length > 0 && domain.Length > 0)
            {
                yield return RowRequest.Refuse(subject, RowFailures.Invalid(RowValidation.MissingValueCode,
                    subject + ": give -EmailAddress or -Domain, not both: a row adds or removes one member."));
                yield break;
            }
            var invalid = address.Length > 0 ? RowValidation.CheckEmailAddress(nameof(EmailAddress), address) : RowValidation.CheckDomain(nameof(Domain), domain);
            if (invalid != null)
            {
                yield return RowRequest.Refuse(subject, RowFailures.Invalid(invalid.Code, subject + ": " + invalid.Message));
                yield break;
            }
            // A -WhatIf run without a session looks nothing up: it shows the group as given.
            var (id, failure) = ResolvedSession == null ? (group, null) : _groups!.Resolve(group);
            if (failure != null)
            {
                yield return RowRequest.Refuse(subject, new RowFailure(failure.Code, subject + ": " + failure.Message, failure.Category));
                yield break;
            }
            var item = new JObject { ["id"] = id };
            item[address.Length > 0 ? "emailAddress" : "domain"] = member;
            yield return RowRequest.Send(subject, item);
        }
    }
}
