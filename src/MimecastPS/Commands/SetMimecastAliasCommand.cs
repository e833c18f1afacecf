using System.Collections.Generic;
using System.Management.Automation;
using MimecastPS.Binding;
using Newtonsoft.Json.Linq;

namespace MimecastPS.Commands
{
    /// <summary>Adds secondary addresses to a user: POST /api/user/update-alias, one item for each alias.</summary>
    [Cmdlet(VerbsCommon.Set, "MimecastAlias", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium)]
    [OutputType(typeof(MimecastAlias))]
    public sealed class SetMimecastAliasCommand : MimecastRowCmdlet
    {
        [Parameter(Mandatory = true, Position = 0, ValueFromPipelineByPropertyName = true)]
        [Alias("EmailAddress", "PrimaryAddress")]
        [AllowEmptyString]
        public string AliasFor { get; set; } = string.Empty;

        [Parameter(Mandatory = true, Position = 1, ValueFromPipelineByPropertyName = true)]
        [ListTransformation]
        [AllowEmptyCollection]
        [AllowNull]
        public string[]? Alias { get; set; }

        private protected override string ApiPath => "/api/user/update-alias";

        private protected override string Action => "Add Mimecast alias";

        private protected override IEnumerable<RowRequest> CreateRequests()
        {
            string owner = RowValidation.Clean(AliasFor);
            var invalidOwner = RowValidation.CheckEmailAddress(nameof(AliasFor), owner);
            if (invalidOwner != null)
            {
                yield return RowRequest.Refuse(owner, invalidOwner);
                yield break;
            }
            if (Alias == null || Alias.Length == 0)
            {
                yield return RowRequest.Refuse(owner, RowValidation.Missing(owner, nameof(Alias)));
                yield break;
            }
            foreach (string given in Alias)
            {
                string alias = RowValidation.Clean(given);
                string subject = alias + " (alias for " + owner + ")";
                var invalidAlias = RowValidation.CheckEmailAddress(nameof(Alias), alias);
                yield return invalidAlias != null
                    ? RowRequest.Refuse(subject, invalidAlias)
                    : RowRequest.Send(subject, new JObject { ["aliasFor"] = owner, ["alias"] = alias });
            }
        }

        private protected override string? IdentityOf(JObject itemOrAnswer) => JsonFields.Identity(itemOrAnswer, "alias");

        private protected override object CreateOutput(JObject sentItem, JObject answer) => new MimecastAlias
        {
            Alias = JsonFields.Text(answer, "alias") ?? JsonFields.Text(sentItem, "alias")!,
            AliasFor = JsonFields.Text(answer, "aliasFor") ?? JsonFields.Text(sentItem, "aliasFor")!,
            Domain = JsonFields.Text(answer, "domain"),
            IsInternal = JsonFields.Flag(answer, "isInternal"),
            AliasDisplayName = JsonFields.Text(answer, "aliasDisplayName"),
            Type = JsonFields.Text(answer, "type"),
        };
    }
}
