using System.Numerics;

namespace HomeRental.Api.Captchas;

/// <summary>
/// Draws captcha text into a small palette PNG: each character rotated, sheared, scaled and shifted
/// at random, the whole picture bent by a wave, over noise lines and dots that stay lighter than the
/// text so a person can still tell them apart. Safe to share between threads.
/// </summary>
public sealed class HandDrawnCaptchaRenderer : ICaptchaRenderer
{
    public const int Width = 120;
    public const int Height = 40;
    public const int MaxTextLength = 6;

    // Noise stays lighter than the text, which is drawn at full ink, so a person can tell them apart.
    private const float MaxNoiseOpacity = 0.7f;
    private const float Margin = 8f;
    private const float PixelsPerGlyphUnit = 1.15f;
    private const float GlyphHalfStroke = 1.45f;
    private const float MaxTilt = 0.3f; // radians
    private const float MaxLean = 0.2f; // radians
    // Strokes are cut into pieces this short (in pixels) so that the wave bends them smoothly.
    private const float MaxPieceLength = 6f;
    private const int NoiseLineSamples = 16;
    private const int NoiseDots = 70;

    private static readonly byte[] Palette = CreatePalette(paper: (0xF4, 0xF1, 0xE8), ink: (0x1D, 0x35, 0x57));

    [ThreadStatic]
    private static InkCanvas? threadCanvas;

    public byte[] RenderPng(string text)
    {
        ThrowIfNotRenderable(text);

        var canvas = threadCanvas ??= new InkCanvas(Width, Height);
        canvas.Clear();
        var random = Random.Shared;
        var wave = Wave.Random(random);

        DrawNoiseDots(canvas, random);
        DrawNoiseLines(canvas, wave, random);
        DrawText(canvas, text, wave, random);

        return PngEncoder.EncodeIndexed(Width, Height, canvas.Scanlines, Palette);
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

    private static void DrawText(InkCanvas canvas, string text, Wave wave, Random random)
    {
        var slotWidth = (Width - 2 * Margin) / text.Length;
        for (var index = 0; index < text.Length; index++)
        {
            var centre = new Vector2(
                Margin + slotWidth * (index + 0.5f) + random.NextSingle(-2.5f, 2.5f),
                Height / 2f + random.NextSingle(-2f, 2f));
            var scale = PixelsPerGlyphUnit * random.NextSingle(0.85f, 1.05f);
            // Horizontal strokes tilt and upright strokes lean by angles drawn apart, so that the two
            // never add up: a 7 that leaned as far as it tilted would pass for a 1.
            var tilt = random.NextSingle(-MaxTilt, MaxTilt);
            var lean = random.NextSingle(-MaxLean, MaxLean);
            var placement =
                Matrix3x2.CreateTranslation(-Glyphs.Width / 2, -Glyphs.Height / 2) *
                Matrix3x2.CreateScale(scale * random.NextSingle(0.9f, 1.15f), scale) *
                Matrix3x2.CreateSkew(lean + tilt, 0f) *
                Matrix3x2.CreateRotation(tilt) *
                Matrix3x2.CreateTranslation(centre);
            placement = KeepInside(placement, wave);

            foreach (var stroke in Glyphs.StrokesOf(text[index]))
            {
                DrawStroke(canvas, stroke, placement, wave, GlyphHalfStroke, opacity: 1f);
            }
        }
    }

    /// <summary>Moves a glyph placed near an edge back in far enough that the wave cannot push it out.</summary>
    private static Matrix3x2 KeepInside(Matrix3x2 placement, Wave wave)
    {
        var topLeft = Vector2.Transform(Vector2.Zero, placement);
        var topRight = Vector2.Transform(new Vector2(Glyphs.Width, 0f), placement);
        var bottomLeft = Vector2.Transform(new Vector2(0f, Glyphs.Height), placement);
        var bottomRight = Vector2.Transform(new Vector2(Glyphs.Width, Glyphs.Height), placement);
        var lowest = Vector2.Min(Vector2.Min(topLeft, topRight), Vector2.Min(bottomLeft, bottomRight));
        var highest = Vector2.Max(Vector2.Max(topLeft, topRight), Vector2.Max(bottomLeft, bottomRight));

        var inset = new Vector2(wave.SidewaysAmplitude, wave.VerticalAmplitude) + new Vector2(GlyphHalfStroke + 1f);
        var farEdge = new Vector2(Width, Height) - inset;
        placement.Translation += Vector2.Max(inset - lowest, Vector2.Zero) - Vector2.Max(highest - farEdge, Vector2.Zero);
        return placement;
    }

    private static void DrawNoiseLines(InkCanvas canvas, Wave wave, Random random)
    {
        Span<Vector2> curve = stackalloc Vector2[NoiseLineSamples];
        var lines = random.Next(2, 4);
        for (var line = 0; line < lines; line++)
        {
            var start = new Vector2(-4f, random.NextSingle(6f, Height - 6f));
            var control = new Vector2(Width / 2f + random.NextSingle(-25f, 25f), random.NextSingle(-10f, Height + 10f));
            var end = new Vector2(Width + 4f, random.NextSingle(6f, Height - 6f));
            for (var sample = 0; sample < curve.Length; sample++)
            {
                var t = sample / (curve.Length - 1f);
                curve[sample] = Vector2.Lerp(Vector2.Lerp(start, control, t), Vector2.Lerp(control, end, t), t);
            }
            DrawStroke(canvas, curve, Matrix3x2.Identity, wave,
                halfWidth: random.NextSingle(0.5f, 0.8f), opacity: random.NextSingle(0.5f, MaxNoiseOpacity));
        }
    }

    private static void DrawNoiseDots(InkCanvas canvas, Random random)
    {
        for (var dot = 0; dot < NoiseDots; dot++)
        {
            var centre = new Vector2(random.NextSingle(0f, Width), random.NextSingle(0f, Height));
            canvas.DrawSegment(centre, centre, random.NextSingle(0.3f, 0.9f), random.NextSingle(0.2f, 0.55f));
        }
    }

    private static void DrawStroke(
        InkCanvas canvas, ReadOnlySpan<Vector2> polyline, Matrix3x2 placement, Wave wave, float halfWidth, float opacity)
    {
        var start = Vector2.Transform(polyline[0], placement);
        var previous = wave.Displace(start);
        for (var index = 1; index < polyline.Length; index++)
        {
            var end = Vector2.Transform(polyline[index], placement);
            var pieces = Math.Max(1, (int)MathF.Ceiling(Vector2.Distance(start, end) / MaxPieceLength));
            for (var piece = 1; piece <= pieces; piece++)
            {
                var next = wave.Displace(Vector2.Lerp(start, end, (float)piece / pieces));
                canvas.DrawSegment(previous, next, halfWidth, opacity);
                previous = next;
            }
            start = end;
        }
    }

    /// <summary>One colour per ink level, from bare paper to full ink.</summary>
    private static byte[] CreatePalette((byte Red, byte Green, byte Blue) paper, (byte Red, byte Green, byte Blue) ink)
    {
        var palette = new byte[3 * InkCanvas.InkLevels];
        for (var level = 0; level < InkCanvas.InkLevels; level++)
        {
            var share = level / (InkCanvas.InkLevels - 1f);
            palette[3 * level] = Mix(paper.Red, ink.Red, share);
            palette[3 * level + 1] = Mix(paper.Green, ink.Green, share);
            palette[3 * level + 2] = Mix(paper.Blue, ink.Blue, share);
        }
        return palette;

        static byte Mix(byte from, byte to, float share) => (byte)MathF.Round(from + (to - from) * share);
    }
}
