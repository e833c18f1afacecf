using System.Collections.Generic;
using System.Management.Automation;
using MimecastPS.Binding;
using MimecastPS.Pipeline;
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

        /// <summary>The fields create-user and update-user share: what -IfExists Update sends for a user that exists.</summary>
        private static readonly string[] UpdatableFields = { "name", "password", "forcePasswordChange" };

        private static readonly RowEndpoint Definition = UserEndpoint("/api/user/create-user", "Create Mimecast user", "Creating Mimecast users", MimecastRowStatus.Created,
            new ExistingItemUpdate(SetMimecastUserCommand.Definition, created =>
            {
                var update = new JObject { ["emailAddress"] = created["emailAddress"] };
                foreach (string field in UpdatableFields)
                {
                    if (created[field] != null) update[field] = created[field]!.DeepClone();
                }
                return update.Count > 1 ? update : null;
            }));

        /// <summary>
        /// What to do when the user already exists: Error (the default) reports Mimecast's error; Skip outputs the
        /// user marked AlreadyPresent; Update sends the row's name, password and ForcePasswordChange as a change.
        /// </summary>
        [Parameter]
        public IfExistsAction IfExists { get; set; } = IfExistsAction.Error;

        private protected override RowEndpoint Endpoint => Definition;

        private protected override IfExistsAction WhenExists => IfExists;

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
