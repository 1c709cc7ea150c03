using System.IO;
using SpeechCustom.Engine.Errors;

namespace SpeechCustom.Engine.Validation
{
    /// <summary>Checks a local audio file before it is uploaded: it exists, is a .wav or .mp3, is not empty and not too big.</summary>
    public static class LocalAudio
    {
        /// <summary>PersonalVoices_Post: "Maximum file size is 30MB" (x-ms-max-length 31457280).</summary>
        public const long PersonalVoiceMaxBytes = 31457280;

        public const long NoSizeLimit = long.MaxValue;

        public static FileInfo Check(string path, string parameter, long maxBytes)
        {
            var file = new FileInfo(path);
            if (!file.Exists)
                throw new SpeechInputException("FileNotFound", $"The file '{path}' given to -{parameter} does not exist.", parameter);
            var extension = file.Extension.ToLowerInvariant();
            if (extension != ".wav" && extension != ".mp3")
                throw new SpeechInputException("UnsupportedAudioFormat", $"'{file.Name}' is not a .wav or .mp3 file; the service takes WAV (16/24/32-bit, 16-48 kHz) or MP3 (128-320 kbps) audio.", parameter);
            if (file.Length == 0)
                throw new SpeechInputException("EmptyFile", $"'{file.Name}' is empty.", parameter);
            if (file.Length > maxBytes)
                throw new SpeechInputException("FileTooLarge", $"'{file.Name}' is {file.Length / 1048576.0:0.0} MB; the service takes at most {maxBytes / 1048576} MB per file. Trim the recording or split it into several files.", parameter);
            return file;
        }
    }
}
