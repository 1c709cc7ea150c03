using System.Security.Cryptography;
using System.Text;

namespace SpeechCustom.MockServer.SpeechToText;

/// <summary>
/// Stable pseudo-random choices: the same input always yields the same ids, texts and numbers (in every run and on
/// every machine), so tests can assert on generated content.
/// </summary>
internal static class Deterministic
{
    public static ulong Hash(string text) => Hash(Encoding.UTF8.GetBytes(text));

    public static ulong Hash(ReadOnlySpan<byte> data)
    {
        Span<byte> digest = stackalloc byte[32];
        SHA256.HashData(data, digest);
        return BitConverter.ToUInt64(digest[..8]);
    }

    /// <summary>A number in [min, max] chosen by the input.</summary>
    public static int Pick(ulong hash, int salt, int min, int max) =>
        min + (int)(Mix(hash, salt) % (ulong)(max - min + 1));

    /// <summary>A fraction in [0, 1) chosen by the input.</summary>
    public static double Fraction(ulong hash, int salt) => (Mix(hash, salt) % 1_000_000) / 1_000_000.0;

    /// <summary>A version-4-shaped GUID derived from the text (file ids, base model ids).</summary>
    public static Guid Guid(string text)
    {
        Span<byte> digest = stackalloc byte[32];
        SHA256.HashData(Encoding.UTF8.GetBytes(text), digest);
        var bytes = digest[..16].ToArray();
        bytes[7] = (byte)((bytes[7] & 0x0F) | 0x40);
        bytes[8] = (byte)((bytes[8] & 0x3F) | 0x80);
        return new Guid(bytes);
    }

    private static ulong Mix(ulong hash, int salt)
    {
        var x = hash ^ (0x9E3779B97F4A7C15UL * (ulong)(salt + 1));
        x ^= x >> 33;
        x *= 0xFF51AFD7ED558CCDUL;
        x ^= x >> 33;
        x *= 0xC4CEB9FE1A85EC53UL;
        x ^= x >> 33;
        return x;
    }
}
