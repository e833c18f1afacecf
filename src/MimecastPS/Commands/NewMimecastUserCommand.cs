using System.Collections.Generic;
using System.Management.Automation;
using MimecastPS.Binding;
using MimecastPS.Pipeline;
using Newtonsoft.Json.Linq;

namespace MimecastPS.Commands
{
    /// <summary>Creates users in the internal directory: POST /api/user/create-user.</summary>
    [Cmdlet(VerbsCommon.New, "MimecastUser", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium)]
    [OutputType(typeof(MimecastUser))]
    public sealed class NewMimecastUserCommand : MimecastUserCmdlet
    {
        [Parameter(ValueFromPipelineByPropertyName = true)]
        public string? AccountCode { get; set; }

        [Parameter(ValueFromPipelineByPropertyName = true)]
        [BooleanTransformation]
        public SwitchParameter ForcePasswordChange { get; set; }

        private static readonly RowEndpoint Definition = UserEndpoint("/api/user/create-user", "Create Mimecast user", "Creating Mimecast users");

        private protected override RowEndpoint Endpoint => Definition;

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
