using System;
using System.Linq;
using System.Management.Automation;
using MimecastPS.Transport;
using Newtonsoft.Json.Linq;

namespace MimecastPS.Commands
{
    /// <summary>Reads users of the internal directory, every page: POST /api/user/get-internal-users.</summary>
    [Cmdlet(VerbsCommon.Get, "MimecastUser", HelpUri = "https://github.com/mimecastps/MimecastPS/blob/main/docs/en-US/Get-MimecastUser.md")]
    [OutputType(typeof(MimecastUser))]
    public sealed class GetMimecastUserCommand : MimecastApiCmdlet
    {
        internal const string ApiPath = "/api/user/get-internal-users";

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
        public int PageSize { get; set; } = 100;

        protected override void ProcessRecord()
        {
            string? address = string.IsNullOrWhiteSpace(EmailAddress) ? null : EmailAddress!.Trim();
            var filter = new JObject();
            string? domain = string.IsNullOrWhiteSpace(Domain) ? RowValidation.DomainOf(address) : Domain!.Trim();
            if (domain != null) filter["domain"] = domain;
            string? query = address ?? (string.IsNullOrWhiteSpace(Query) ? null : Query!.Trim());
            if (query != null) filter["query"] = query;
            var meta = new JObject { ["pagination"] = new JObject { ["pageSize"] = PageSize } };

            bool found = false;
            foreach (ApiResponse page in SendPages(ApiPath, new[] { filter }, meta, allPages: true))
            {
                foreach (JObject user in UsersIn(page))
                {
                    MimecastUser result = MimecastUserJson.FromAnswer(user);
                    if (address != null && !string.Equals(result.EmailAddress, address, StringComparison.OrdinalIgnoreCase))
                    {
                        continue;
                    }
                    found = true;
                    WriteObject(result);
                }
            }
            if (address != null && !found)
            {
                WriteError(new ErrorRecord(new ItemNotFoundException("No internal user has the address '" + address + "'."),
                    "UserNotFound", ErrorCategory.ObjectNotFound, address));
            }
        }

        /// <summary>Mimecast documents data[0].users; some answers give the users as the data items themselves.</summary>
        private static JObject[] UsersIn(ApiResponse page)
            => page.Data.OfType<JObject>()
                .SelectMany(item => item["users"] is JArray users ? users.OfType<JObject>() : item["emailAddress"] != null ? new[] { item } : Enumerable.Empty<JObject>())
                .ToArray();
    }
}
