using System.Management.Automation;
using System.Security;
using MimecastPS.Auth;
using MimecastPS.Binding;
using MimecastPS.Json;
using MimecastPS.Pipeline;
using Newtonsoft.Json.Linq;

namespace MimecastPS.Commands
{
    /// <summary>What New- and Set-MimecastUser share: the address, name and password columns, and how a user answer reads.</summary>
    public abstract class MimecastUserCmdlet : MimecastRowCmdlet
    {
        [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
        [Alias("Email", "Mail", "PrimarySmtpAddress", "UserPrincipalName")]
        [AllowEmptyString]
        public string EmailAddress { get; set; } = string.Empty;

        [Parameter(ValueFromPipelineByPropertyName = true)]
        [Alias("DisplayName")]
        public string? Name { get; set; }

        [Parameter(ValueFromPipelineByPropertyName = true)]
        [SecureStringTransformation]
        public SecureString? Password { get; set; }

        /// <summary>A user endpoint: items are identified by their address, and answers read as a MimecastUser.</summary>
        private protected static RowEndpoint UserEndpoint(string path, string action, string activity, MimecastRowStatus status, ExistingItemUpdate? whenExists = null)
            => new RowEndpoint(path, action, activity,
                item => JsonFields.Identity(item, "emailAddress"),
                (sent, answer) => answer == null ? MimecastUserJson.FromSent(sent) : MimecastUserJson.FromAnswer(answer, sent),
                status,
                whenExists: whenExists);

        /// <summary>The row's item with its address, name and password; null (and the refusal) when the address is not one.</summary>
        private protected JObject? StartItem(out string address, out RowRequest? refusal)
        {
            address = RowValidation.Clean(EmailAddress);
            var invalid = RowValidation.CheckEmailAddress(nameof(EmailAddress), address);
            refusal = invalid == null ? null : RowRequest.Refuse(address, invalid);
            if (invalid != null)
            {
                return null;
            }
            var item = new JObject { ["emailAddress"] = address };
            if (RowValidation.IsGivenText(Name) && IsGiven(nameof(Name))) item["name"] = Name!.Trim();
            if (Password != null) item["password"] = Password.Reveal();
            return item;
        }
    }
}
