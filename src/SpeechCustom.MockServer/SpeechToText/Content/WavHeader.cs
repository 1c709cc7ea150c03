using System.Buffers.Binary;

namespace SpeechCustom.MockServer.SpeechToText.Content;

/// <summary>Reads the duration of a RIFF/WAVE file and writes small silent ones (8 kHz, 8-bit, mono) for generated data.</summary>
internal static class WavHeader
{
    public static TimeSpan? Duration(ReadOnlySpan<byte> data)
    {
        if (data.Length < 12 || !data[..4].SequenceEqual("RIFF"u8) || !data[8..12].SequenceEqual("WAVE"u8))
        {
            return null;
        }

        var byteRate = 0;
        var position = 12;
        while (position + 8 <= data.Length)
        {
            var id = data.Slice(position, 4);
            var size = BinaryPrimitives.ReadInt32LittleEndian(data.Slice(position + 4, 4));
            if (size < 0)
            {
                return null;
            }

            if (id.SequenceEqual("fmt "u8) && position + 20 <= data.Length)
            {
                byteRate = BinaryPrimitives.ReadInt32LittleEndian(data.Slice(position + 16, 4));
            }
            else if (id.SequenceEqual("data"u8))
            {
                return byteRate > 0 ? TimeSpan.FromMilliseconds(Math.Round(1000.0 * size / byteRate)) : null;
            }

            position += 8 + size + (size % 2);
        }

        return null;
    }

    public static byte[] Silence(TimeSpan duration)
    {
        const int rate = 8000;
        var samples = (int)(duration.TotalSeconds * rate);
        var wav = new byte[44 + samples];
        "RIFF"u8.CopyTo(wav);
        BinaryPrimitives.WriteInt32LittleEndian(wav.AsSpan(4), 36 + samples);
        "WAVEfmt "u8.CopyTo(wav.AsSpan(8));
        BinaryPrimitives.WriteInt32LittleEndian(wav.AsSpan(16), 16);
        BinaryPrimitives.WriteInt16LittleEndian(wav.AsSpan(20), 1); // PCM
        BinaryPrimitives.WriteInt16LittleEndian(wav.AsSpan(22), 1); // mono
        BinaryPrimitives.WriteInt32LittleEndian(wav.AsSpan(24), rate);
        BinaryPrimitives.WriteInt32LittleEndian(wav.AsSpan(28), rate); // byte rate
        BinaryPrimitives.WriteInt16LittleEndian(wav.AsSpan(32), 1); // block align
        BinaryPrimitives.WriteInt16LittleEndian(wav.AsSpan(34), 8); // bits per sample
        "data"u8.CopyTo(wav.AsSpan(36));
        BinaryPrimitives.WriteInt32LittleEndian(wav.AsSpan(40), samples);
        wav.AsSpan(44).Fill(0x80);
        return wav;
    }
}
