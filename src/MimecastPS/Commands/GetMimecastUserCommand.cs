using System;
using System.Linq;
using System.Management.Automation;
using MimecastPS.Pipeline;
using Newtonsoft.Json.Linq;

namespace MimecastPS.Commands
{
    /// <summary>Reads users of the internal directory, every page: POST /api/user/get-internal-users.</summary>
    [Cmdlet(VerbsCommon.Get, "MimecastUser", HelpUri = "https://github.com/mimecastps/MimecastPS/blob/main/docs/en-US/Get-MimecastUser.md")]
    [OutputType(typeof(MimecastUser))]
    public sealed class GetMimecastUserCommand : MimecastReadCmdlet
    {
        internal const string ApiPath = "/api/user/get-internal-users";

        /// <summary>Mimecast documents data[0].users; some answers give the users as the data items themselves.</summary>
        private static readonly ListEndpoint Definition = new ListEndpoint(ApiPath, "users",
            (user, request) => MimecastUserJson.FromAnswer(user),
            paged: true,
            entriesOf: item => item["users"] is JArray users ? users.OfType<JObject>() : item["emailAddress"] != null ? new[] { item } : Enumerable.Empty<JObject>());

        /// <summary>One user, by exact address; pipe Import-Csv rows to check what an import did.</summary>
        [Parameter(Position = 0, ValueFromPipelineByPropertyName = true)]
        [Alias("Email", "Mail", "PrimarySmtpAddress", "UserPrincipalName")]
        public string? EmailAddress { get; set; }

        [Parameter(ValueFromPipelineByPropertyName = true)]
        public string? Domain { get; set; }

        [Parameter]
        public string? Query { get; set; }

        [Parameter]
        [ValidateRange(1, 500)]
        public int PageSize { get; set; } = ListEndpoint.DefaultPageSize;

        protected override void ProcessRecord()
        {
            string? address = string.IsNullOrWhiteSpace(EmailAddress) ? null : EmailAddress!.Trim();
            var filter = new JObject();
            string? domain = string.IsNullOrWhiteSpace(Domain) ? EmailAddresses.DomainOf(address) : Domain!.Trim();
            if (domain != null) filter["domain"] = domain;
            string? query = address ?? (string.IsNullOrWhiteSpace(Query) ? null : Query!.Trim());
            if (query != null) filter["query"] = query;

            bool found = false;
            bool lookedUp = WriteListed(Definition, filter, address ?? (object?)domain ?? query ?? ApiPath, output =>
            {
                // The query matches parts of addresses: with -EmailAddress only that exact address is the answer.
                bool wanted = address == null || string.Equals(((MimecastUser)output).EmailAddress, address, StringComparison.OrdinalIgnoreCase);
                found |= wanted;
                return wanted;
            }, PageSize);
            if (lookedUp && address != null && !found)
            {
                WriteError(new ErrorRecord(new ItemNotFoundException("No internal user has the address '" + address + "'."),
                    "UserNotFound", ErrorCategory.ObjectNotFound, RowTarget(address)));
            }
        }
    }
}
