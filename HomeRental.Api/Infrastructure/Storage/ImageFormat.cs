namespace HomeRental.Api.Infrastructure.Storage;

/// <summary>Tells an image's format from its first bytes, whatever the file name or the declared type say.</summary>
public static class ImageFormat
{
    public const int HeaderLength = 12;

    /// <summary>The file extension for JPEG, PNG, GIF or WebP content, or null for anything else.</summary>
    public static string? Sniff(ReadOnlySpan<byte> header) => header switch
    {
        [0xFF, 0xD8, 0xFF, ..] => "jpg",
        [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, ..] => "png",
        [(byte)'G', (byte)'I', (byte)'F', (byte)'8', (byte)'7' or (byte)'9', (byte)'a', ..] => "gif",
        [(byte)'R', (byte)'I', (byte)'F', (byte)'F', _, _, _, _, (byte)'W', (byte)'E', (byte)'B', (byte)'P', ..] => "webp",
        _ => null,
    };
}
