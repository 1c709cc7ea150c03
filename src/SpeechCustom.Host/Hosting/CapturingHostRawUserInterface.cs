using System.Management.Automation.Host;

namespace SpeechCustom.Host;

/// <summary>
/// A fixed, wide virtual console. The formatting engine sizes tables from <see cref="BufferSize"/>; 160 columns keeps
/// the default views' columns from being truncated, so tests can assert on what the views show.
/// </summary>
internal sealed class CapturingHostRawUserInterface : PSHostRawUserInterface
{
    public const int Width = 160;

    public override ConsoleColor ForegroundColor { get; set; } = ConsoleColor.Gray;

    public override ConsoleColor BackgroundColor { get; set; } = ConsoleColor.Black;

    public override Coordinates CursorPosition { get; set; }

    public override Coordinates WindowPosition { get; set; }

    public override int CursorSize { get; set; } = 25;

    public override Size BufferSize { get; set; } = new(Width, short.MaxValue);

    public override Size WindowSize { get; set; } = new(Width, 50);

    public override Size MaxWindowSize => new(Width, 50);

    public override Size MaxPhysicalWindowSize => new(Width, 50);

    public override bool KeyAvailable => false;

    public override string WindowTitle { get; set; } = "SpeechCustom.Host";

    public override KeyInfo ReadKey(ReadKeyOptions options) =>
        throw new NotSupportedException("SpeechCustom.Host is non-interactive: there is no keyboard to read.");

    public override void FlushInputBuffer()
    {
    }

    public override BufferCell[,] GetBufferContents(Rectangle rectangle) =>
        throw new NotSupportedException("SpeechCustom.Host has no screen buffer to read.");

    // Nothing is drawn, so there is nothing to scroll or overwrite.
    public override void ScrollBufferContents(Rectangle source, Coordinates destination, Rectangle clip, BufferCell fill)
    {
    }

    public override void SetBufferContents(Coordinates origin, BufferCell[,] contents)
    {
    }

    public override void SetBufferContents(Rectangle rectangle, BufferCell fill)
    {
    }
}
