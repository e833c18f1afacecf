using System.Collections.Generic;
using System.Management.Automation;
using System.Security;
using MimecastPS.Auth;
using MimecastPS.Binding;
using Newtonsoft.Json.Linq;

namespace MimecastPS.Commands
{
    /// <summary>Creates users in the internal directory: POST /api/user/create-user.</summary>
    [Cmdlet(VerbsCommon.New, "MimecastUser", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium)]
    [OutputType(typeof(MimecastUser))]
    public sealed class NewMimecastUserCommand : MimecastRowCmdlet
    {
        [Parameter(Mandatory = true, Position = 0, ValueFromPipelineByPropertyName = true)]
        [Alias("Email", "Mail", "PrimarySmtpAddress", "UserPrincipalName")]
        [AllowEmptyString]
        public string EmailAddress { get; set; } = string.Empty;

        [Parameter(ValueFromPipelineByPropertyName = true)]
        [Alias("DisplayName")]
        public string? Name { get; set; }

        [Parameter(ValueFromPipelineByPropertyName = true)]
        [SecureStringTransformation]
        public SecureString? Password { get; set; }

        [Parameter(ValueFromPipelineByPropertyName = true)]
        public string? AccountCode { get; set; }

        [Parameter(ValueFromPipelineByPropertyName = true)]
        [BooleanTransformation]
        public SwitchParameter ForcePasswordChange { get; set; }

        private protected override string ApiPath => "/api/user/create-user";

        private protected override string Action => "Create Mimecast user";

        private protected override IEnumerable<RowRequest> CreateRequests()
        {
            string address = RowValidation.Clean(EmailAddress);
            var invalid = RowValidation.CheckEmailAddress(nameof(EmailAddress), address);
            if (invalid != null)
            {
                yield return RowRequest.Refuse(address, invalid);
                yield break;
            }
            var item = new JObject { ["emailAddress"] = address };
            if (RowValidation.IsGivenText(Name)) item["name"] = Name!.Trim();
            if (Password != null) item["password"] = Password.Reveal();
            if (RowValidation.IsGivenText(AccountCode)) item["accountCode"] = AccountCode!.Trim();
            if (IsGiven(nameof(ForcePasswordChange))) item["forcePasswordChange"] = ForcePasswordChange.IsPresent;
            yield return RowRequest.Send(address, item);
        }

        private protected override string? IdentityOf(JObject itemOrAnswer) => JsonFields.Identity(itemOrAnswer, "emailAddress");

        private protected override object CreateOutput(JObject sentItem, JObject answer) => MimecastUserJson.FromAnswer(answer, sentItem);
    }
}
