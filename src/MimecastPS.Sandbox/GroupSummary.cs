namespace MimecastPS.Sandbox;

/// <summary>A group with the counts find-groups reports: its members and its child groups.</summary>
internal sealed record GroupSummary(SandboxGroup Group, int UserCount, int FolderCount);
