using System.Collections.Generic;
using System.Management.Automation;
using MimecastPS.Binding;
using Newtonsoft.Json.Linq;

namespace MimecastPS.Commands
{
    /// <summary>Creates users in the internal directory: POST /api/user/create-user.</summary>
    [Cmdlet(VerbsCommon.New, "MimecastUser", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium, HelpUri = "https://github.com/mimecastps/MimecastPS/blob/main/docs/en-US/New-MimecastUser.md")]
    [OutputType(typeof(MimecastUser))]
    public sealed class NewMimecastUserCommand : MimecastUserCmdlet
    {
        [Parameter(ValueFromPipelineByPropertyName = true)]
        public string? AccountCode { get; set; }

        [Parameter(ValueFromPipelineByPropertyName = true)]
        [BooleanTransformation]
        public SwitchParameter ForcePasswordChange { get; set; }

        private protected override string ApiPath => "/api/user/create-user";

        private protected override string Action => "Create Mimecast user";

        private protected override IEnumerable<RowRequest> CreateRequests()
        {
            JObject? item = StartItem(out string address, out RowRequest? refusal);
            if (item == null)
            {
                yield return refusal!;
                yield break;
            }
            if (RowValidation.IsGivenText(AccountCode)) item["accountCode"] = AccountCode!.Trim();
            if (IsGiven(nameof(ForcePasswordChange))) item["forcePasswordChange"] = ForcePasswordChange.IsPresent;
            yield return RowRequest.Send(address, item);
        }
    }
}
