using System.Text.Json.Nodes;

namespace MimecastPS.Sandbox;

/// <summary>An alias as update-alias answers with it (documented), and as get-aliases lists it (inferred: the same fields).</summary>
internal static class AliasJson
{
    public static JsonObject Describe(string alias, SandboxUser owner, SandboxOptions options) => new()
    {
        ["domain"] = EmailAddressFormat.DomainOf(alias),
        ["isInternal"] = InternalDomainCheck.IsInternal(options, alias),
        ["alias"] = alias,
        ["aliasDisplayName"] = owner.Name ?? "",
        ["aliasFor"] = owner.EmailAddress,
        ["type"] = "alias",
    };
}
