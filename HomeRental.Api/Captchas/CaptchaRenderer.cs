using System.Numerics;
using SkiaSharp;

namespace HomeRental.Api.Captchas;

/// <summary>
/// Draws captcha text with SkiaSharp into a PNG: each character an outline of the embedded typeface,
/// rotated, sheared, scaled and shifted at random in a dark colour of its own, the whole text bent by a
/// wave, over noise dots and lines of lighter colours, with one more line across the text. Safe to share
/// between threads.
/// </summary>
public sealed class CaptchaRenderer : ICaptchaRenderer
{
    public const int Width = 120;
    public const int Height = 40;
    public const int MaxTextLength = 6;

    private const float Margin = 6f;
    // No glyph grows wider than this share of its slot, so that neighbours touch at most.
    private const float MaxWidthPerSlot = 0.95f;
    private const float MaxTilt = 0.3f; // radians
    private const float MaxLean = 0.2f; // radians
    private const int NoiseDotBatches = 6;

    [ThreadStatic]
    private static CaptchaSurface? threadSurface;

    public byte[] RenderPng(string text)
    {
        ThrowIfNotRenderable(text);

        var surface = threadSurface ??= new CaptchaSurface(Width, Height);
        var random = Random.Shared;
        var wave = Wave.Random(random);

        surface.Canvas.Clear(CaptchaColours.Paper(random));
        DrawNoiseDots(surface, random);
        DrawNoiseLines(surface, random, count: random.Next(2, 4));
        DrawText(surface, text, wave, random);
        // A line over the text joins the glyphs, so that a script cannot cut the picture into characters by the gaps.
        DrawNoiseLines(surface, random, count: 1);

        return surface.EncodePng();
    }

    private static void ThrowIfNotRenderable(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (text.Length is 0 or > MaxTextLength)
        {
            throw new ArgumentException($"A captcha holds 1 to {MaxTextLength} characters.", nameof(text));
        }
        foreach (var character in text)
        {
            if (!CaptchaText.Alphabet.Contains(character))
            {
                throw new ArgumentException($"'{character}' is not in the captcha alphabet.", nameof(text));
            }
        }
    }

    private static void DrawText(CaptchaSurface surface, string text, Wave wave, Random random)
    {
        var slotWidth = (Width - 2 * Margin) / text.Length;
        for (var index = 0; index < text.Length; index++)
        {
            var outline = GlyphOutline.Of(text[index]);
            var centre = new Vector2(
                Margin + slotWidth * (index + 0.5f) + random.NextSingle(-2.5f, 2.5f),
                Height / 2f + random.NextSingle(-2f, 2f));
            var scale = random.NextSingle(0.85f, 1.05f);
            // Never narrower than tall: a narrowed D or Q would pass for a zero.
            var widthScale = Math.Min(scale * random.NextSingle(1f, 1.25f), MaxWidthPerSlot * slotWidth / outline.Size.X);
            // Horizontal strokes tilt and upright strokes lean by angles drawn apart, so that the two
            // never add up: a 7 that leaned as far as it tilted would pass for a 1.
            var tilt = random.NextSingle(-MaxTilt, MaxTilt);
            var lean = random.NextSingle(-MaxLean, MaxLean);
            var placement =
                Matrix3x2.CreateScale(widthScale, scale) *
                Matrix3x2.CreateSkew(lean + tilt, 0f) *
                Matrix3x2.CreateRotation(tilt) *
                Matrix3x2.CreateTranslation(centre);
            placement = KeepInside(placement, outline.Size / 2, wave);

            outline.AddTo(surface.Shape, placement, wave);
            surface.Fill.Color = CaptchaColours.Text(random);
            surface.DrawShape(surface.Fill);
        }
    }

    /// <summary>Moves a glyph placed near an edge back in far enough that the wave cannot push it out.</summary>
    private static Matrix3x2 KeepInside(Matrix3x2 placement, Vector2 halfSize, Wave wave)
    {
        var topLeft = Vector2.Transform(-halfSize, placement);
        var topRight = Vector2.Transform(new Vector2(halfSize.X, -halfSize.Y), placement);
        var bottomLeft = Vector2.Transform(new Vector2(-halfSize.X, halfSize.Y), placement);
        var bottomRight = Vector2.Transform(halfSize, placement);
        var lowest = Vector2.Min(Vector2.Min(topLeft, topRight), Vector2.Min(bottomLeft, bottomRight));
        var highest = Vector2.Max(Vector2.Max(topLeft, topRight), Vector2.Max(bottomLeft, bottomRight));

        var inset = new Vector2(wave.SidewaysAmplitude, wave.VerticalAmplitude) + Vector2.One;
        var farEdge = new Vector2(Width, Height) - inset;
        placement.Translation += Vector2.Max(inset - lowest, Vector2.Zero) - Vector2.Max(highest - farEdge, Vector2.Zero);
        return placement;
    }

    /// <summary>Curves from the left edge to the right, each bowed by a control point that may lie outside the picture.</summary>
    private static void DrawNoiseLines(CaptchaSurface surface, Random random, int count)
    {
        for (var line = 0; line < count; line++)
        {
            surface.Shape.MoveTo(-4f, random.NextSingle(6f, Height - 6f));
            surface.Shape.QuadTo(
                Width / 2f + random.NextSingle(-25f, 25f), random.NextSingle(-10f, Height + 10f),
                Width + 4f, random.NextSingle(6f, Height - 6f));
            surface.Lines.Color = CaptchaColours.Noise(random);
            surface.DrawShape(surface.Lines);
        }
    }

    /// <summary>Specks of one to two pixels, in batches of one colour and size.</summary>
    private static void DrawNoiseDots(CaptchaSurface surface, Random random)
    {
        var centres = surface.DotCentres;
        for (var batch = 0; batch < NoiseDotBatches; batch++)
        {
            for (var dot = 0; dot < centres.Length; dot++)
            {
                centres[dot] = new SKPoint(random.NextSingle(0f, Width), random.NextSingle(0f, Height));
            }
            surface.Dots.StrokeWidth = random.NextSingle(1f, 2f);
            surface.Dots.Color = CaptchaColours.Noise(random);
            surface.Canvas.DrawPoints(SKPointMode.Points, centres, surface.Dots);
        }
    }
}
