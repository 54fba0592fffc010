using System.Buffers.Binary;
using System.IO.Compression;

namespace HomeRental.Api.Captchas;

/// <summary>Writes an 8-bit palette PNG from scanlines that already carry their filter byte.</summary>
internal static class PngEncoder
{
    private const int ChunkOverhead = 12; // length, type and CRC
    private const int HeaderLength = 13;
    private const byte BitDepth = 8;
    private const byte IndexedColour = 3;

    private static ReadOnlySpan<byte> Signature => [0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A];

    // zlib's fastest level. The picture is mostly runs of one palette index, which run-length
    // matching finds as fast as the default strategy does, for a file about 30% smaller.
    private static readonly ZLibCompressionOptions FastRunLengthCompression = new()
    {
        CompressionLevel = 1,
        CompressionStrategy = ZLibCompressionStrategy.RunLengthEncoding,
    };

    [ThreadStatic]
    private static MemoryStream? threadCompressionBuffer;

    /// <param name="scanlines">Per row: filter type 0, then one palette index per pixel.</param>
    /// <param name="palette">Red, green and blue bytes for each palette index.</param>
    public static byte[] EncodeIndexed(int width, int height, ReadOnlySpan<byte> scanlines, ReadOnlySpan<byte> palette)
    {
        var compressed = Compress(scanlines);

        Span<byte> header = stackalloc byte[HeaderLength];
        BinaryPrimitives.WriteInt32BigEndian(header, width);
        BinaryPrimitives.WriteInt32BigEndian(header[4..], height);
        header[8] = BitDepth;
        header[9] = IndexedColour;
        // Bytes 10 to 12 stay 0: deflate compression, adaptive filtering, no interlace.

        var png = new byte[Signature.Length + 4 * ChunkOverhead + HeaderLength + palette.Length + compressed.Length];
        Signature.CopyTo(png);
        var written = Signature.Length;
        written += WriteChunk(png.AsSpan(written), "IHDR"u8, header);
        written += WriteChunk(png.AsSpan(written), "PLTE"u8, palette);
        written += WriteChunk(png.AsSpan(written), "IDAT"u8, compressed);
        WriteChunk(png.AsSpan(written), "IEND"u8, []);
        return png;
    }

    private static ReadOnlySpan<byte> Compress(ReadOnlySpan<byte> data)
    {
        var buffer = threadCompressionBuffer ??= new MemoryStream();
        buffer.SetLength(0);
        using (var zlib = new ZLibStream(buffer, FastRunLengthCompression, leaveOpen: true))
        {
            zlib.Write(data);
        }
        return buffer.GetBuffer().AsSpan(0, (int)buffer.Length);
    }

    private static int WriteChunk(Span<byte> destination, ReadOnlySpan<byte> type, ReadOnlySpan<byte> data)
    {
        BinaryPrimitives.WriteInt32BigEndian(destination, data.Length);
        type.CopyTo(destination[4..]);
        data.CopyTo(destination[8..]);
        var typeAndData = destination.Slice(4, type.Length + data.Length);
        BinaryPrimitives.WriteUInt32BigEndian(destination[(8 + data.Length)..], Crc32.Compute(typeAndData));
        return ChunkOverhead + data.Length;
    }
}
