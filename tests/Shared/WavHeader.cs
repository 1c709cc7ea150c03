using System.Text;

namespace SpeechCustom.Tests.Shared;

/// <summary>
/// The 44-byte header of a PCM WAV file (16 kHz, mono, 16-bit) for test audio; compiled into both test projects so the
/// engine tests and the module tests write the same files the mock recognizes as audio.
/// </summary>
public static class WavHeader
{
    public static void Write(BinaryWriter writer, long dataBytes)
    {
        writer.Write("RIFF"u8.ToArray());
        writer.Write((int)(36 + dataBytes));
        writer.Write("WAVEfmt "u8.ToArray());
        writer.Write(16);
        writer.Write((short)1);
        writer.Write((short)1);
        writer.Write(16000);
        writer.Write(32000);
        writer.Write((short)2);
        writer.Write((short)16);
        writer.Write("data"u8.ToArray());
        writer.Write((int)dataBytes);
    }

    /// <summary>A whole small WAV file whose data holds <paramref name="marker"/> (padded to 2000 bytes).</summary>
    public static byte[] FileWith(string marker)
    {
        var data = Encoding.ASCII.GetBytes(marker.PadRight(2000, '.'));
        using var stream = new MemoryStream();
        using (var writer = new BinaryWriter(stream, Encoding.ASCII, leaveOpen: true))
        {
            Write(writer, data.Length);
            writer.Write(data);
        }
        return stream.ToArray();
    }
}
