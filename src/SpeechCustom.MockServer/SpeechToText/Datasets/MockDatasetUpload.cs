namespace SpeechCustom.MockServer;

/// <summary>
/// The data a speech-to-text dataset holds, as the mock received it (see <see cref="MockSpeechServer.GetDatasetUpload"/>):
/// lets a test check that a large block upload arrived whole and in order.
/// </summary>
/// <param name="DatasetId">The dataset.</param>
/// <param name="Source">"Blocks" (PUT blocks + commit), "Multipart" (v3.x POST /datasets/upload) or "ContentUrl" (generated).</param>
/// <param name="FileName">The data file's name.</param>
/// <param name="TotalBytes">The committed size in bytes.</param>
/// <param name="BlockCount">How many blocks were committed (0 unless Source is Blocks).</param>
/// <param name="Sha256">Lower-case hex SHA-256 of the data.</param>
/// <param name="Data">The data itself.</param>
public sealed record MockDatasetUpload(Guid DatasetId, string Source, string FileName, long TotalBytes, int BlockCount, string Sha256, ReadOnlyMemory<byte> Data);
