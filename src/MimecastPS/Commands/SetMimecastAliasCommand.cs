using System.Collections.Generic;
using System.Management.Automation;
using MimecastPS.Binding;
using Newtonsoft.Json.Linq;

namespace MimecastPS.Commands
{
    /// <summary>Adds secondary addresses to a user: POST /api/user/update-alias, one item for each alias.</summary>
    [Cmdlet(VerbsCommon.Set, "MimecastAlias", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium, HelpUri = "https://github.com/mimecastps/MimecastPS/blob/main/docs/en-US/Set-MimecastAlias.md")]
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
            => AddressListRequests.Create(nameof(AliasFor), AliasFor, nameof(Alias), Alias,
                (owner, alias) => alias + " (alias for " + owner + ")",
                (owner, alias) => new JObject { ["aliasFor"] = owner, ["alias"] = alias });

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
