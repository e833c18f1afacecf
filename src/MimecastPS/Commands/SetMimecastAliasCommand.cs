using System.Collections.Generic;
using System.Management.Automation;
using MimecastPS.Binding;
using MimecastPS.Json;
using MimecastPS.Pipeline;
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

        private static readonly RowEndpoint Definition = new RowEndpoint("/api/user/update-alias", "Add Mimecast alias", "Adding Mimecast aliases",
            item => JsonFields.Identity(item, "alias"),
            (sent, answer) => MimecastAliasJson.FromAnswer(answer ?? new JObject(), sent),
            MimecastRowStatus.Added,
            existsMeansInPlace: false,
            // Whether Mimecast refuses an alias a user already has is not documented: -IfExists Skip reads them first.
            inPlace: new InPlaceCheck(GetMimecastAliasCommand.Definition, "aliasFor", "emailAddress", "alias", "alias"));

        /// <summary>What to do when the address is already an alias of the user: Error (the default) or Skip.</summary>
        [Parameter]
        [ValidateSet(nameof(IfExistsAction.Error), nameof(IfExistsAction.Skip))]
        public IfExistsAction IfExists { get; set; } = IfExistsAction.Error;

        private protected override RowEndpoint Endpoint => Definition;

        private protected override IfExistsAction WhenExists => IfExists;

        private protected override IEnumerable<RowRequest> CreateRequests()
            => AddressListRequests.Create(nameof(AliasFor), AliasFor, nameof(Alias), Alias,
                (owner, alias) => alias + " (alias for " + owner + ")",
                (owner, alias) => new JObject { ["aliasFor"] = owner, ["alias"] = alias });
    }
}
