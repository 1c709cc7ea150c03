using System.IO.Compression;
using System.Security.Cryptography;
using System.Text;

namespace SpeechCustom.Module.Tests;

/// <summary>
/// A temporary folder of custom speech data as a user has it before uploading: an Acoustic archive (trans.txt plus WAV
/// recordings, stored uncompressed as the tools that make them usually do), text files, an empty file. Deleted on dispose.
/// </summary>
public sealed class CustomSpeechData : IDisposable
{
    public CustomSpeechData()
    {
        Root = Path.Combine(Path.GetTempPath(), "speechcustom-csr-" + Guid.NewGuid().ToString("N")[..8]);
        Directory.CreateDirectory(Root);
    }

    public string Root { get; }

    /// <summary>
    /// An Acoustic dataset archive of at least <paramref name="minimumBytes"/>: three transcribed recordings, the first one
    /// long enough (16 kHz, 16-bit mono noise) to make the archive that big.
    /// </summary>
    public string AcousticArchive(string name, long minimumBytes)
    {
        var path = Path.Combine(Root, name);
        var random = new Random(42);
        using (var zip = ZipFile.Open(path, ZipArchiveMode.Create))
        {
            WriteEntry(zip, "trans.txt", Encoding.UTF8.GetBytes(
                "call_001.wav\tthank you for calling contoso how can i help you\r\n" +
                "call_002.wav\ti would like to change my delivery address\r\n" +
                "call_003.wav\tthe total comes to forty two dollars\r\n"));
            WriteWav(zip, "call_001.wav", Math.Max(minimumBytes, 4096), random);
            WriteWav(zip, "call_002.wav", 64_000, random);
            WriteWav(zip, "call_003.wav", 48_000, random);
        }
        return path;
    }

    public string Text(string name, string content)
    {
        var path = Path.Combine(Root, name);
        File.WriteAllText(path, content);
        return path;
    }

    /// <summary>A sparse file of exactly <paramref name="length"/> bytes (no disk space used).</summary>
    public string Sparse(string name, long length)
    {
        var path = Path.Combine(Root, name);
        using var stream = new FileStream(path, FileMode.Create, FileAccess.Write);
        stream.SetLength(length);
        return path;
    }

    public string Missing(string name) => Path.Combine(Root, name);

    public static string Sha256(string path)
    {
        using var stream = File.OpenRead(path);
        return Convert.ToHexString(SHA256.HashData(stream)).ToLowerInvariant();
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
        }
    }

    private static void WriteEntry(ZipArchive zip, string name, byte[] content)
    {
        using var stream = zip.CreateEntry(name, CompressionLevel.NoCompression).Open();
        stream.Write(content);
    }

    private static void WriteWav(ZipArchive zip, string name, long dataBytes, Random random)
    {
        using var stream = zip.CreateEntry(name, CompressionLevel.NoCompression).Open();
        using var writer = new BinaryWriter(stream, Encoding.ASCII, leaveOpen: true);
        SpeechCustom.Tests.Shared.WavHeader.Write(writer, dataBytes);
        var buffer = new byte[64 * 1024];
        for (long written = 0; written < dataBytes; written += buffer.Length)
        {
            random.NextBytes(buffer);
            writer.Write(buffer, 0, (int)Math.Min(buffer.Length, dataBytes - written));
        }
    }
}
