namespace MimecastPS.HelpBuilder;

/// <summary>A RELATED LINKS entry; Uri is empty for a page of this module, which Get-Help finds by name.</summary>
public sealed record RelatedLink(string Text, string Uri);
