using MimecastPS.Json;
using Newtonsoft.Json.Linq;

namespace MimecastPS
{
    /// <summary>A MimecastAlias from an answer item (update-alias's, or an item of get-aliases), filling what it leaves out from what was sent.</summary>
    internal static class MimecastAliasJson
    {
        public static MimecastAlias FromAnswer(JObject answer, JObject? sent = null)
        {
            string? Text(string name) => JsonFields.Text(answer, name) ?? (sent == null ? null : JsonFields.Text(sent, name));
            return new MimecastAlias
            {
                Alias = Text("alias") ?? string.Empty,
                AliasFor = Text("aliasFor") ?? string.Empty,
                Domain = JsonFields.Text(answer, "domain"),
                IsInternal = JsonFields.Flag(answer, "isInternal"),
                AliasDisplayName = JsonFields.Text(answer, "aliasDisplayName"),
                Type = JsonFields.Text(answer, "type"),
            };
        }
    }
}
