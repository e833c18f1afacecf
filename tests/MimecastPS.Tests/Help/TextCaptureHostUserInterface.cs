using System.Collections.ObjectModel;
using System.Management.Automation;
using System.Management.Automation.Host;
using System.Security;
using System.Text;

namespace MimecastPS.Tests.Help;

/// <summary>Collects the host's output text; anything interactive is refused, as in a scheduled task.</summary>
public sealed class TextCaptureHostUserInterface : PSHostUserInterface
{
    private readonly StringBuilder _text = new();

    public string Text
    {
        get
        {
            lock (_text) return _text.ToString();
        }
    }

    public override PSHostRawUserInterface RawUI { get; } = new TextCaptureRawUserInterface();

    public override void Write(string value)
    {
        lock (_text) _text.Append(value);
    }

    public override void Write(ConsoleColor foregroundColor, ConsoleColor backgroundColor, string value) => Write(value);

    public override void WriteLine(string value) => Write(value + "\n");

    public override void WriteErrorLine(string value) => WriteLine(value);

    public override void WriteDebugLine(string message) => WriteLine("DEBUG: " + message);

    public override void WriteVerboseLine(string message) => WriteLine("VERBOSE: " + message);

    public override void WriteWarningLine(string message) => WriteLine("WARNING: " + message);

    public override void WriteProgress(long sourceId, ProgressRecord record)
    {
    }

    public override string ReadLine() => throw new NotSupportedException("The test host is not interactive.");

    public override SecureString ReadLineAsSecureString() => throw new NotSupportedException("The test host is not interactive.");

    public override Dictionary<string, PSObject> Prompt(string caption, string message, Collection<FieldDescription> descriptions)
        => throw new NotSupportedException("The test host is not interactive.");

    public override PSCredential PromptForCredential(string caption, string message, string userName, string targetName)
        => throw new NotSupportedException("The test host is not interactive.");

    public override PSCredential PromptForCredential(string caption, string message, string userName, string targetName, PSCredentialTypes allowedCredentialTypes, PSCredentialUIOptions options)
        => throw new NotSupportedException("The test host is not interactive.");

    public override int PromptForChoice(string caption, string message, Collection<ChoiceDescription> choices, int defaultChoice)
        => throw new NotSupportedException("The test host is not interactive.");
}
