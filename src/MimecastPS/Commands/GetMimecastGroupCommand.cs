using System.Management.Automation;
using MimecastPS.Binding;
using MimecastPS.Pipeline;
using Newtonsoft.Json.Linq;

namespace MimecastPS.Commands
{
    /// <summary>Finds directory groups, every page: POST /api/directory/find-groups.</summary>
    [Cmdlet(VerbsCommon.Get, "MimecastGroup", HelpUri = "https://github.com/mimecastps/MimecastPS/blob/main/docs/en-US/Get-MimecastGroup.md")]
    [OutputType(typeof(MimecastGroup))]
    public sealed class GetMimecastGroupCommand : MimecastReadCmdlet
    {
        /// <summary>The group's name; wildcards (*, ?) match several. Without it every group is listed.</summary>
        [Parameter(Position = 0, ValueFromPipelineByPropertyName = true)]
        [Alias("Group", "GroupName")]
        [SupportsWildcards]
        public string? Name { get; set; }

        /// <summary>cloud (groups made in Mimecast) or ldap (groups synchronised from a directory).</summary>
        [Parameter(ValueFromPipelineByPropertyName = true)]
        [Choices("cloud", "ldap")]
        [ArgumentCompleter(typeof(ChoicesCompleter))]
        public string? Source { get; set; }

        protected override void ProcessRecord()
        {
            string? name = RowValidation.IsGivenText(Name) ? Name!.Trim() : null;
            var pattern = name == null ? null : new WildcardPattern(name, WildcardOptions.IgnoreCase);
            var filter = new JObject();
            // find-groups searches by part of the name: ask for the text before any wildcard, then keep exact matches.
            string? query = name == null ? null : name.Substring(0, IndexOfWildcard(name)).Trim();
            if (!string.IsNullOrEmpty(query)) filter["query"] = query;
            if (RowValidation.IsGivenText(Source)) filter["source"] = Source!.Trim().ToLowerInvariant();
            WriteListed(GroupResolver.FindGroups, filter, name ?? (object)GroupResolver.FindGroups.Path,
                output => pattern == null || pattern.IsMatch(((MimecastGroup)output).Name));
        }

        private static int IndexOfWildcard(string name)
        {
            int index = name.IndexOfAny(new[] { '*', '?', '[' });
            return index < 0 ? name.Length : index;
        }
    }
}
