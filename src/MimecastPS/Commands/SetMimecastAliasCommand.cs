using System.Collections.Generic;
using System.Management.Automation;
using MimecastPS.Binding;
using MimecastPS.Json;
using MimecastPS.Pipeline;
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

        private static readonly RowEndpoint Definition = new RowEndpoint("/api/user/update-alias", "Add Mimecast alias", "Adding Mimecast aliases",
            item => JsonFields.Identity(item, "alias"),
            (sent, answer) => new MimecastAlias
            {
                Alias = JsonFields.Text(answer!, "alias") ?? JsonFields.Text(sent, "alias")!,
                AliasFor = JsonFields.Text(answer!, "aliasFor") ?? JsonFields.Text(sent, "aliasFor")!,
                Domain = JsonFields.Text(answer!, "domain"),
                IsInternal = JsonFields.Flag(answer!, "isInternal"),
                AliasDisplayName = JsonFields.Text(answer!, "aliasDisplayName"),
                Type = JsonFields.Text(answer!, "type"),
            });

        private protected override RowEndpoint Endpoint => Definition;

        private protected override IEnumerable<RowRequest> CreateRequests()
            => AddressListRequests.Create(nameof(AliasFor), AliasFor, nameof(Alias), Alias,
                (owner, alias) => alias + " (alias for " + owner + ")",
                (owner, alias) => new JObject { ["aliasFor"] = owner, ["alias"] = alias });
    }
}
