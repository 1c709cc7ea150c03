using System;
using System.IO;
using System.Threading;
using System.Threading.Tasks;
using Azure.Core;

namespace SpeechCustom.Engine.SpeechToText
{
    /// <summary>
    /// One block of a local file as a request body: read from disk while it is sent (never held in memory), and read again
    /// from the same offset when the pipeline retries the PUT, so a retried block is sent whole. Reports the bytes sent in
    /// this attempt.
    /// </summary>
    internal sealed class FileRangeContent : RequestContent
    {
        private const int BufferSize = 81920;
        private readonly string path;
        private readonly long offset;
        private readonly long length;
        private readonly Action<long>? sent;

        public FileRangeContent(string path, long offset, long length, Action<long>? sent)
        {
            this.path = path;
            this.offset = offset;
            this.length = length;
            this.sent = sent;
        }

        public override bool TryComputeLength(out long length)
        {
            length = this.length;
            return true;
        }

        public override void WriteTo(Stream stream, CancellationToken cancellation)
            => WriteToAsync(stream, cancellation).GetAwaiter().GetResult();

        public override async Task WriteToAsync(Stream stream, CancellationToken cancellation)
        {
            var buffer = new byte[BufferSize];
            using var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, BufferSize, useAsync: true);
            file.Position = offset;
            long done = 0;
            while (done < length)
            {
                var read = await file.ReadAsync(buffer, 0, (int)Math.Min(buffer.Length, length - done), cancellation).ConfigureAwait(false);
                if (read == 0)
                    throw new IOException($"'{Path.GetFileName(path)}' became shorter while it was uploaded.");
                await stream.WriteAsync(buffer, 0, read, cancellation).ConfigureAwait(false);
                done += read;
                sent?.Invoke(done);
            }
        }

        public override void Dispose()
        {
        }
    }

    /// <summary>Reports the bytes of another body as they are written (the multipart upload of v3.x), without buffering it.</summary>
    internal sealed class ProgressContent : RequestContent
    {
        private readonly RequestContent inner;
        private readonly Action<long> sent;

        public ProgressContent(RequestContent inner, Action<long> sent)
        {
            this.inner = inner;
            this.sent = sent;
        }

        public override bool TryComputeLength(out long length) => inner.TryComputeLength(out length);

        public override void WriteTo(Stream stream, CancellationToken cancellation)
            => inner.WriteTo(new CountingStream(stream, sent), cancellation);

        public override Task WriteToAsync(Stream stream, CancellationToken cancellation)
            => inner.WriteToAsync(new CountingStream(stream, sent), cancellation);

        public override void Dispose() => inner.Dispose();

        private sealed class CountingStream : Stream
        {
            private readonly Stream target;
            private readonly Action<long> sent;
            private long written;

            public CountingStream(Stream target, Action<long> sent)
            {
                this.target = target;
                this.sent = sent;
            }

            public override bool CanRead => false;

            public override bool CanSeek => false;

            public override bool CanWrite => true;

            public override long Length => throw new NotSupportedException();

            public override long Position
            {
                get => written;
                set => throw new NotSupportedException();
            }

            public override void Flush() => target.Flush();

            public override Task FlushAsync(CancellationToken cancellationToken) => target.FlushAsync(cancellationToken);

            public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

            public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

            public override void SetLength(long value) => throw new NotSupportedException();

            public override void Write(byte[] buffer, int offset, int count)
            {
                target.Write(buffer, offset, count);
                Count(count);
            }

            public override async Task WriteAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken)
            {
                await target.WriteAsync(buffer, offset, count, cancellationToken).ConfigureAwait(false);
                Count(count);
            }

            private void Count(int count)
            {
                written += count;
                sent(written);
            }
        }
    }
}
