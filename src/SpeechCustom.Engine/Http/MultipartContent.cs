using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using Azure.Core;

namespace SpeechCustom.Engine.Http
{
    /// <summary>
    /// multipart/form-data for the APIs' upload variants (consent and personal voice POSTs): text fields and files.
    /// Files stream from disk and are reopened on every attempt, so a retried request sends them again and nothing is
    /// held in memory.
    /// </summary>
    internal sealed class MultipartContent : RequestContent
    {
        private readonly string boundary = "speechcustom-" + Guid.NewGuid().ToString("N");
        private readonly List<(string Name, string Value)> fields = new List<(string, string)>();
        private readonly List<(string Name, string Path)> files = new List<(string, string)>();

        public string ContentType => "multipart/form-data; boundary=" + boundary;

        public MultipartContent Field(string name, string? value)
        {
            if (value != null)
                fields.Add((name, value));
            return this;
        }

        public MultipartContent File(string name, string path)
        {
            files.Add((name, path));
            return this;
        }

        public override bool TryComputeLength(out long length)
        {
            length = fields.Sum(f => Encoding.UTF8.GetByteCount(FieldPart(f.Name, f.Value)))
                     + files.Sum(f => Encoding.UTF8.GetByteCount(FileHeader(f.Name, f.Path)) + new FileInfo(f.Path).Length + 2)
                     + Encoding.UTF8.GetByteCount(Closing);
            return true;
        }

        public override void WriteTo(Stream stream, CancellationToken cancellation)
            => WriteToAsync(stream, cancellation).GetAwaiter().GetResult();

        public override async Task WriteToAsync(Stream stream, CancellationToken cancellation)
        {
            foreach (var (name, value) in fields)
                await WriteText(stream, FieldPart(name, value), cancellation).ConfigureAwait(false);
            foreach (var (name, path) in files)
            {
                await WriteText(stream, FileHeader(name, path), cancellation).ConfigureAwait(false);
                using (var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 81920, useAsync: true))
                    await file.CopyToAsync(stream, 81920, cancellation).ConfigureAwait(false);
                await WriteText(stream, "\r\n", cancellation).ConfigureAwait(false);
            }
            await WriteText(stream, Closing, cancellation).ConfigureAwait(false);
        }

        public override void Dispose()
        {
        }

        private string Closing => $"--{boundary}--\r\n";

        private string FieldPart(string name, string value)
            => $"--{boundary}\r\nContent-Disposition: form-data; name=\"{name}\"\r\n\r\n{value}\r\n";

        private string FileHeader(string name, string path)
            => $"--{boundary}\r\nContent-Disposition: form-data; name=\"{name}\"; filename=\"{Path.GetFileName(path).Replace("\"", "_")}\"\r\nContent-Type: {MediaType(path)}\r\n\r\n";

        private static string MediaType(string path) => Path.GetExtension(path).ToLowerInvariant() switch
        {
            ".wav" => "audio/wav",
            ".mp3" => "audio/mpeg",
            _ => "application/octet-stream",
        };

        private static Task WriteText(Stream stream, string text, CancellationToken cancellation)
        {
            var bytes = Encoding.UTF8.GetBytes(text);
            return stream.WriteAsync(bytes, 0, bytes.Length, cancellation);
        }
    }
}
