using SkiaSharp;

namespace HomeRental.Api.Captchas;

/// <summary>
/// One thread's bitmap, canvas, paints and path builder, reused from captcha to captcha (SkiaSharp's objects
/// must not be shared between threads, and creating them costs more than drawing a captcha).
/// </summary>
internal sealed class CaptchaSurface
{
    public const int DotsPerBatch = 12;

    // zlib's fastest level. The Sub filter turns runs of one colour into runs of zeros, which zlib gets
    // through faster than the raw pixels: here it took about a third less time than no filter, for the same size.
    private static readonly SKPngEncoderOptions FastPng = new(SKPngEncoderFilterFlags.Sub, zLibLevel: 1);

    // The bitmap owns the memory that the pixmap and the canvas point into.
    private readonly SKBitmap bitmap;
    private readonly SKPixmap pixels;

    public CaptchaSurface(int width, int height)
    {
        // The platform's own pixel order: Skia draws into it several times faster than into any other.
        bitmap = new SKBitmap(new SKImageInfo(width, height, SKImageInfo.PlatformColorType, SKAlphaType.Opaque));
        pixels = bitmap.PeekPixels() ?? throw new InvalidOperationException("A raster bitmap always has pixels.");
        Canvas = new SKCanvas(bitmap);
    }

    public SKCanvas Canvas { get; }

    public SKPaint Fill { get; } = new() { IsAntialias = true, Style = SKPaintStyle.Fill };

    /// <summary>Anti-aliased lines one pixel wide (hairlines), which Skia draws several times faster than wider strokes.</summary>
    public SKPaint Lines { get; } = new() { IsAntialias = true, Style = SKPaintStyle.Stroke, StrokeWidth = 0f };

    /// <summary>Square dots without anti-aliasing, which Skia draws a batch at a time far faster than small circles.</summary>
    public SKPaint Dots { get; } = new() { IsAntialias = false, Style = SKPaintStyle.Stroke, StrokeCap = SKStrokeCap.Square };

    /// <summary>Room for one batch of dots.</summary>
    public SKPoint[] DotCentres { get; } = new SKPoint[DotsPerBatch];

    /// <summary>Where the next shape is built; <see cref="DrawShape"/> draws it and empties it.</summary>
    public SKPathBuilder Shape { get; } = new();

    public void DrawShape(SKPaint paint)
    {
        using var path = Shape.Detach();
        Canvas.DrawPath(path, paint);
    }

    public byte[] EncodePng()
    {
        using var png = pixels.Encode(FastPng)
            ?? throw new InvalidOperationException("SkiaSharp could not encode the captcha as PNG.");
        return png.ToArray();
    }
}
