using System.Collections.Generic;
using System.Management.Automation;
using MimecastPS.Binding;
using MimecastPS.Json;
using MimecastPS.Pipeline;
using Newtonsoft.Json.Linq;

namespace MimecastPS.Commands
{
    /// <summary>
    /// Removes secondary addresses from users: POST /api/user/remove-alias, one item for each alias. Mimecast documents no
    /// answer item for it: a row succeeds when the answer holds no fail entry for it.
    /// </summary>
    [Cmdlet(VerbsCommon.Remove, "MimecastAlias", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.High, HelpUri = "https://github.com/mimecastps/MimecastPS/blob/main/docs/en-US/Remove-MimecastAlias.md")]
    [OutputType(typeof(MimecastAlias))]
    public sealed class RemoveMimecastAliasCommand : MimecastRowCmdlet
    {
        private static readonly RowEndpoint Definition = new RowEndpoint("/api/user/remove-alias", "Remove Mimecast alias", "Removing Mimecast aliases",
            item => JsonFields.Identity(item, "alias"),
            (sent, answer) => MimecastAliasJson.FromAnswer(answer ?? new JObject(), sent),
            MimecastRowStatus.Removed,
            SuccessShape.NoFailEntry,
            // Success shows only as a missing fail entry: a lost entry in a batch would pass for a success.
            defaultBatchSize: 1);

        [Parameter(Mandatory = true, Position = 0, ValueFromPipelineByPropertyName = true)]
        [Alias("EmailAddress", "PrimaryAddress")]
        [AllowEmptyString]
        public string AliasFor { get; set; } = string.Empty;

        [Parameter(Mandatory = true, Position = 1, ValueFromPipelineByPropertyName = true)]
        [ListTransformation]
        [AllowEmptyCollection]
        [AllowNull]
        public string[]? Alias { get; set; }

        private protected override RowEndpoint Endpoint => Definition;

        private protected override IEnumerable<RowRequest> CreateRequests()
            => AddressListRequests.Create(nameof(AliasFor), AliasFor, nameof(Alias), Alias,
                (owner, alias) => alias + " (alias for " + owner + ")",
                (owner, alias) => new JObject { ["aliasFor"] = owner, ["alias"] = alias });
    }
}
