using HomeRental.Api.Captchas;
using SkiaSharp;

namespace HomeRental.Api.Tests.Captchas;

/// <summary>A rendered captcha decoded back into pixels, to count how many fall in a band of brightness.</summary>
internal sealed class CaptchaPicture
{
    public static readonly byte[] PngSignature = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];

    private readonly SKColor[] pixels;

    private CaptchaPicture(int width, int height, SKColor[] pixels)
    {
        Width = width;
        Height = height;
        this.pixels = pixels;
    }

    public int Width { get; }
    public int Height { get; }

    public static CaptchaPicture Decode(byte[] png)
    {
        png.AsSpan(0, PngSignature.Length).SequenceEqual(PngSignature).Should().BeTrue("a PNG starts with its signature");
        using var bitmap = SKBitmap.Decode(png);
        bitmap.Should().NotBeNull("SkiaSharp should decode the PNG");
        return new CaptchaPicture(bitmap.Width, bitmap.Height, bitmap.Pixels);
    }

    /// <summary>How many pixels of columns <paramref name="fromX"/> to <paramref name="toX"/> (exclusive) have a luma in the band.</summary>
    public int CountLuma(float darkest, float lightest, int fromX = 0, int? toX = null)
    {
        var count = 0;
        for (var y = 0; y < Height; y++)
        {
            for (var x = fromX; x < (toX ?? Width); x++)
            {
                var luma = CaptchaColours.Luma(pixels[y * Width + x]);
                count += luma >= darkest && luma <= lightest ? 1 : 0;
            }
        }
        return count;
    }

    public bool SamePixelsAs(CaptchaPicture other) => pixels.AsSpan().SequenceEqual(other.pixels);
}
