namespace SpeechCustom.Engine.Models.SpeechToText
{
    /// <summary>How far an upload of a local file has come (reported as blocks or the multipart body are sent).</summary>
    public sealed class CsrUploadProgress
    {
        public CsrUploadProgress(string fileName, long bytesSent, long totalBytes)
        {
            FileName = fileName;
            BytesSent = bytesSent;
            TotalBytes = totalBytes;
        }

        public string FileName { get; }

        public long BytesSent { get; }

        public long TotalBytes { get; }

        public int Percent => TotalBytes <= 0 ? 100 : (int)(BytesSent * 100 / TotalBytes);
    }
}
