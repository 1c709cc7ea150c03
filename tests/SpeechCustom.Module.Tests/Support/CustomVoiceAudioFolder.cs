using System.Text;

namespace SpeechCustom.Module.Tests.Support;

/// <summary>
/// A temporary folder of local audio files, as a user has them before uploading a consent or personal voice prompts.
/// Each file carries an ASCII marker in its data so a test can find its bytes in the request the mock received.
/// Deleted (with everything in it) on dispose.
/// </summary>
public sealed class CustomVoiceAudioFolder : IDisposable
{
    public CustomVoiceAudioFolder()
    {
        Root = Path.Combine(Path.GetTempPath(), "speechcustom-voice-" + Guid.NewGuid().ToString("N")[..8]);
        Directory.CreateDirectory(Root);
    }

    public string Root { get; }

    /// <summary>A small PCM WAV file (RIFF header, 16 kHz mono 16-bit) whose data holds <paramref name="marker"/>.</summary>
    public string Wav(string name, string marker) => Write(name, SpeechCustom.Tests.Shared.WavHeader.FileWith(marker));

    /// <summary>A small file that starts like an MP3 (ID3 tag) and holds <paramref name="marker"/>.</summary>
    public string Mp3(string name, string marker)
        => Write(name, [.. "ID3"u8.ToArray(), 4, 0, 0, 0, 0, 0, .. Encoding.ASCII.GetBytes(marker.PadRight(2000, '.'))]);

    public string Text(string name, string content) => Write(name, Encoding.UTF8.GetBytes(content));

    /// <summary>A sparse file of exactly <paramref name="length"/> bytes (no disk space used).</summary>
    public string Sparse(string name, long length)
    {
        var path = Path.Combine(Root, name);
        using var stream = new FileStream(path, FileMode.Create, FileAccess.Write);
        stream.SetLength(length);
        return path;
    }

    /// <summary>A path in the folder that does not exist.</summary>
    public string Missing(string name) => Path.Combine(Root, name);

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

    private string Write(string name, byte[] bytes)
    {
        var path = Path.Combine(Root, name);
        File.WriteAllBytes(path, bytes);
        return path;
    }
}
