using System.Security.Cryptography;

namespace SpeechCustom.MockServer.Hosting;

/// <summary>Random secrets for keys, identity headers and client secrets that nobody configured.</summary>
internal static class RandomSecret
{
    public static string NewHex() => Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));
}
