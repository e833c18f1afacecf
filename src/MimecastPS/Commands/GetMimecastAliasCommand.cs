using System.Management.Automation;
using MimecastPS.Binding;
using MimecastPS.Json;
using MimecastPS.Pipeline;
using Newtonsoft.Json.Linq;

namespace MimecastPS.Commands
{
    /// <summary>
    /// Lists a user's aliases: POST /api/user/get-aliases. Mimecast does not document the alias items' fields; they are
    /// read like update-alias's answer, and a field the answer leaves out is empty.
    /// </summary>
    [Cmdlet(VerbsCommon.Get, "MimecastAlias", HelpUri = "https://github.com/mimecastps/MimecastPS/blob/main/docs/en-US/Get-MimecastAlias.md")]
    [OutputType(typeof(MimecastAlias))]
    public sealed class GetMimecastAliasCommand : MimecastReadCmdlet
    {
        internal static readonly ListEndpoint Definition = new ListEndpoint("/api/user/get-aliases", "aliases",
            (alias, request) =>
            {
                var output = MimecastAliasJson.FromAnswer(alias);
                if (output.AliasFor.Length == 0) output.AliasFor = JsonFields.Text(request, "emailAddress") ?? string.Empty;
                return output;
            },
            paged: false);

        /// <summary>The user whose aliases are listed.</summary>
        [Parameter(Mandatory = true, Position = 0, ValueFromPipelineByPropertyName = true)]
        [Alias("AliasFor", "PrimaryAddress", "Email", "Mail", "PrimarySmtpAddress", "UserPrincipalName")]
        [AllowEmptyString]
        public string EmailAddress { get; set; } = string.Empty;

        protected override void ProcessRecord() => WriteListedForAddress(Definition, nameof(EmailAddress), EmailAddress, "emailAddress");
    }
}
