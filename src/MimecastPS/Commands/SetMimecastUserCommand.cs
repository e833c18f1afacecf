using System;
using System.Collections.Generic;
using System.Management.Automation;
using MimecastPS.Binding;
using MimecastPS.Json;
using MimecastPS.Pipeline;
using Newtonsoft.Json.Linq;

namespace MimecastPS.Commands
{
    /// <summary>Changes users of the internal directory: POST /api/user/update-user. Only the settings given are sent.</summary>
    [Cmdlet(VerbsCommon.Set, "MimecastUser", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium, HelpUri = "https://github.com/mimecastps/MimecastPS/blob/main/docs/en-US/Set-MimecastUser.md")]
    [OutputType(typeof(MimecastUser))]
    public sealed class SetMimecastUserCommand : MimecastUserCmdlet
    {
        internal const string NothingToChangeCode = "NothingToChange";

        [Parameter(ValueFromPipelineByPropertyName = true)]
        [BooleanTransformation]
        public bool? AccountLocked { get; set; }

        [Parameter(ValueFromPipelineByPropertyName = true)]
        [BooleanTransformation]
        public bool? AccountDisabled { get; set; }

        [Parameter(ValueFromPipelineByPropertyName = true)]
        [BooleanTransformation]
        public bool? AllowPop { get; set; }

        [Parameter(ValueFromPipelineByPropertyName = true)]
        [BooleanTransformation]
        public bool? AllowSmtp { get; set; }

        [Parameter(ValueFromPipelineByPropertyName = true)]
        [BooleanTransformation]
        public bool? PasswordNeverExpires { get; set; }

        [Parameter(ValueFromPipelineByPropertyName = true)]
        [BooleanTransformation]
        public bool? ForcePasswordChange { get; set; }

        [Parameter(ValueFromPipelineByPropertyName = true)]
        [DateTimeTransformation]
        public DateTime? ArchiveStartDate { get; set; }

        internal static readonly RowEndpoint Definition = UserEndpoint("/api/user/update-user", "Update Mimecast user", "Updating Mimecast users", MimecastRowStatus.Updated);

        private protected override RowEndpoint Endpoint => Definition;

        private protected override IEnumerable<RowRequest> CreateRequests()
        {
            JObject? item = StartItem(out string address, out RowRequest? refusal);
            if (item == null)
            {
                yield return refusal!;
                yield break;
            }
            AddFlag(item, "accountLocked", AccountLocked, nameof(AccountLocked));
            AddFlag(item, "accountDisabled", AccountDisabled, nameof(AccountDisabled));
            AddFlag(item, "allowPop", AllowPop, nameof(AllowPop));
            AddFlag(item, "allowSmtp", AllowSmtp, nameof(AllowSmtp));
            AddFlag(item, "passwordNeverExpires", PasswordNeverExpires, nameof(PasswordNeverExpires));
            AddFlag(item, "forcePasswordChange", ForcePasswordChange, nameof(ForcePasswordChange));
            if (ArchiveStartDate.HasValue && IsGiven(nameof(ArchiveStartDate))) item["archiveStartDate"] = JsonFields.MimecastDate(ArchiveStartDate.Value);
            if (item.Count == 1)
            {
                yield return RowRequest.Refuse(address, RowFailures.Invalid(NothingToChangeCode,
                    address + ": nothing to change: give at least one setting (for example -AccountLocked $true, or a non-empty column)."));
                yield break;
            }
            yield return RowRequest.Send(address, item);
        }

        private void AddFlag(JObject item, string field, bool? value, string parameter)
        {
            if (value.HasValue && IsGiven(parameter)) item[field] = value.Value;
        }
    }
}
