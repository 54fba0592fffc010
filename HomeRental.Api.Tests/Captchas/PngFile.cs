using System.Buffers.Binary;
using System.IO.Compression;
using System.Text;

namespace HomeRental.Api.Tests.Captchas;

internal sealed record PngChunk(string Type, byte[] Data, uint StoredCrc);

/// <summary>Just enough of a PNG reader to check what the captcha renderer writes.</summary>
internal sealed class PngFile
{
    public static readonly byte[] Signature = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];

    private PngFile(IReadOnlyList<PngChunk> chunks)
    {
        Chunks = chunks;
        var header = chunks[0].Data;
        Width = BinaryPrimitives.ReadInt32BigEndian(header);
        Height = BinaryPrimitives.ReadInt32BigEndian(header.AsSpan(4));
        BitDepth = header[8];
        ColourType = header[9];
        Palette = chunks.SingleOrDefault(chunk => chunk.Type == "PLTE")?.Data ?? [];
        Scanlines = Inflate(chunks.Where(chunk => chunk.Type == "IDAT").SelectMany(chunk => chunk.Data).ToArray());
    }

    public IReadOnlyList<PngChunk> Chunks { get; }
    public int Width { get; }
    public int Height { get; }
    public int BitDepth { get; }
    public int ColourType { get; }
    public byte[] Palette { get; }
    public int PaletteEntries => Palette.Length / 3;

    /// <summary>The inflated image data: per row, a filter byte and then the pixels.</summary>
    public byte[] Scanlines { get; }

    public static PngFile Read(byte[] png)
    {
        png.AsSpan(0, Signature.Length).SequenceEqual(Signature).Should().BeTrue("a PNG starts with its signature");
        var chunks = new List<PngChunk>();
        for (var offset = Signature.Length; offset < png.Length;)
        {
            var length = BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(offset));
            var type = Encoding.ASCII.GetString(png, offset + 4, 4);
            var data = png.AsSpan(offset + 8, length).ToArray();
            var crc = BinaryPrimitives.ReadUInt32BigEndian(png.AsSpan(offset + 8 + length));
            chunks.Add(new PngChunk(type, data, crc));
            offset += 12 + length;
        }
        chunks.Should().NotBeEmpty().And.Subject.First().Type.Should().Be("IHDR");
        return new PngFile(chunks);
    }

    /// <summary>The palette index at a pixel of an 8-bit indexed image.</summary>
    public byte IndexAt(int x, int y) => Scanlines[y * (Width + 1) + 1 + x];

    private static byte[] Inflate(byte[] zlibData)
    {
        using var inflated = new MemoryStream();
        using (var zlib = new ZLibStream(new MemoryStream(zlibData), CompressionMode.Decompress))
        {
            zlib.CopyTo(inflated);
        }
        return inflated.ToArray();
    }
}
