using System.Management.Automation.Host;

namespace MimecastPS.Tests.Help;

/// <summary>A fixed 160-column buffer: wide enough that table views are not truncated, so their headers can be read.</summary>
public sealed class TextCaptureRawUserInterface : PSHostRawUserInterface
{
    public override ConsoleColor ForegroundColor { get; set; } = ConsoleColor.Gray;

    public override ConsoleColor BackgroundColor { get; set; } = ConsoleColor.Black;

    public override Coordinates CursorPosition { get; set; }

    public override Coordinates WindowPosition { get; set; }

    public override int CursorSize { get; set; }

    public override Size BufferSize { get; set; } = new(160, 9999);

    public override Size WindowSize { get; set; } = new(160, 50);

    public override Size MaxWindowSize => new(160, 50);

    public override Size MaxPhysicalWindowSize => new(160, 50);

    public override bool KeyAvailable => false;

    public override string WindowTitle { get; set; } = string.Empty;

    public override KeyInfo ReadKey(ReadKeyOptions options) => throw new NotSupportedException("The test host is not interactive.");

    public override void FlushInputBuffer()
    {
    }

    public override void SetBufferContents(Coordinates origin, BufferCell[,] contents) => throw new NotSupportedException();

    public override void SetBufferContents(Rectangle rectangle, BufferCell fill) => throw new NotSupportedException();

    public override BufferCell[,] GetBufferContents(Rectangle rectangle) => throw new NotSupportedException();

    public override void ScrollBufferContents(Rectangle source, Coordinates destination, Rectangle clip, BufferCell fill) => throw new NotSupportedException();
}
