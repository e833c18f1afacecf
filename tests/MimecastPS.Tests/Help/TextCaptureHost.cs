using System.Globalization;
using System.Management.Automation.Host;

namespace MimecastPS.Tests.Help;

/// <summary>
/// A console-less PowerShell host that keeps what Out-Default writes. The hosted engine has no Out-String or
/// Format-Table (they live in Microsoft.PowerShell.Utility), but Out-Default renders through the format views
/// to the host, so this is how a test sees the text a user would see.
/// </summary>
public sealed class TextCaptureHost : PSHost
{
    private readonly TextCaptureHostUserInterface _ui = new();

    public string Text => _ui.Text;

    public override string Name => "MimecastPS.Tests.TextCaptureHost";

    public override Version Version { get; } = new(1, 0);

    public override Guid InstanceId { get; } = Guid.NewGuid();

    public override PSHostUserInterface UI => _ui;

    public override CultureInfo CurrentCulture => CultureInfo.InvariantCulture;

    public override CultureInfo CurrentUICulture => CultureInfo.InvariantCulture;

    public override void SetShouldExit(int exitCode)
    {
    }

    public override void EnterNestedPrompt() => throw new NotSupportedException();

    public override void ExitNestedPrompt() => throw new NotSupportedException();

    public override void NotifyBeginApplication()
    {
    }

    public override void NotifyEndApplication()
    {
    }
}
