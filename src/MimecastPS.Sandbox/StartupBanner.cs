namespace MimecastPS.Sandbox;

/// <summary>What the standalone server prints: where it listens, the demo credentials, and lines to paste.</summary>
internal static class StartupBanner
{
    public static string Render(Uri baseUri, SandboxOptions options, int seededUsers)
    {
        var uri = baseUri.ToString().TrimEnd('/');
        return $"""
            MimecastPS sandbox: an in-memory Mimecast-compatible API. Demo credentials only; nothing leaves this machine.

            API 1.0   access key {options.AccessKey}
                      secret key {options.SecretKey}
                      app id     {options.AppId}
                      app key    {options.AppKey}
            API 2.0   client id  {options.ClientId}
                      secret     {options.ClientSecret}
            Internal domains: {string.Join(", ", options.InternalDomains)}; seeded users: {seededUsers}
            Seeded groups (empty): {SeededGroupNames()}

            Connect-Mimecast -BaseUri {uri} -AccessKey {options.AccessKey} -SecretKey '{options.SecretKey}' -AppId {options.AppId} -AppKey {options.AppKey}
            Connect-Mimecast -BaseUri {uri} -ClientId {options.ClientId} -ClientSecret {options.ClientSecret}

            Press Ctrl+C to stop.
            Sandbox listening on {uri}
            """;
    }

    /// <summary>Each group's name, with its source where two groups share the name (so the ambiguity is visible).</summary>
    private static string SeededGroupNames() => string.Join(", ", SeededGroups.All.Select(group =>
        SeededGroups.All.Count(other => other.Description == group.Description) > 1
            ? $"{group.Description} ({group.Source})"
            : group.Description));
}
