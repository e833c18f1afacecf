using System.Management.Automation;
using MimecastPS.Binding;
using MimecastPS.Json;
using MimecastPS.Pipeline;
using Newtonsoft.Json.Linq;

namespace MimecastPS.Commands
{
    /// <summary>
    /// Lists the delegate rights a user holds (the mailboxes they may act on): POST /api/user/find-delegate-users, one
    /// user per request as Mimecast requires. Each output's Id is what Remove-MimecastDelegate takes.
    /// </summary>
    [Cmdlet(VerbsCommon.Get, "MimecastDelegate", HelpUri = "https://github.com/mimecastps/MimecastPS/blob/main/docs/en-US/Get-MimecastDelegate.md")]
    [OutputType(typeof(MimecastDelegate))]
    public sealed class GetMimecastDelegateCommand : MimecastReadCmdlet
    {
        internal static readonly ListEndpoint Definition = new ListEndpoint("/api/user/find-delegate-users", "delegateUsers",
            (right, request) => new MimecastDelegate
            {
                PrimaryAddress = JsonFields.Text(request, "primaryAddress") ?? string.Empty,
                DelegateAddress = JsonFields.Text(right, "emailAddress") ?? string.Empty,
                Id = JsonFields.Text(right, "id"),
                Name = JsonFields.Text(right, "name"),
                Source = JsonFields.Text(right, "source"),
            },
            paged: false);

        /// <summary>The user who holds the delegate rights.</summary>
        [Parameter(Mandatory = true, Position = 0, ValueFromPipelineByPropertyName = true)]
        [Alias("EmailAddress")]
        [AllowEmptyString]
        public string PrimaryAddress { get; set; } = string.Empty;

        protected override void ProcessRecord() => WriteListedForAddress(Definition, nameof(PrimaryAddress), PrimaryAddress, "primaryAddress");
    }
}
