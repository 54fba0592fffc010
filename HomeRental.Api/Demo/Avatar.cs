using SkiaSharp;

namespace HomeRental.Api.Demo;

/// <summary>A round PNG avatar: a figure's head and shoulders in front of a plain colour, as demo accounts have.</summary>
public static class Avatar
{
    public static byte[] Create(Rgb background, Rgb figure, int size = 256)
    {
        using var surface = SKSurface.Create(new SKImageInfo(size, size, SKColorType.Rgba8888, SKAlphaType.Premul));
        var canvas = surface.Canvas;
        canvas.Clear(SKColors.Transparent);
        using var paint = new SKPaint { IsAntialias = true, Color = new SKColor(background.R, background.G, background.B) };
        canvas.DrawCircle(size / 2f, size / 2f, size / 2f, paint);
        canvas.ClipRoundRect(new SKRoundRect(new SKRect(0, 0, size, size), size / 2f), antialias: true);
        paint.Color = new SKColor(figure.R, figure.G, figure.B);
        canvas.DrawCircle(size / 2f, size * 0.4f, size * 0.19f, paint);
        canvas.DrawOval(new SKRect(size * 0.18f, size * 0.66f, size * 0.82f, size * 1.25f), paint);
        using var image = surface.Snapshot();
        using var png = image.Encode(SKEncodedImageFormat.Png, 100);
        return png.ToArray();
    }
}
