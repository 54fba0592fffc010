using System.Collections.Frozen;
using System.Numerics;
using SkiaSharp;

namespace HomeRental.Api.Captchas;

/// <summary>
/// A character's outline in the captcha typeface, in pixels at <see cref="FontSize"/>, centred on the origin.
/// Kept as plain points so that each captcha can bend it, which a font's own text drawing cannot.
/// </summary>
internal sealed class GlyphOutline
{
    public const float FontSize = 31f;

    private static readonly FrozenDictionary<char, GlyphOutline> AlphabetOutlines =
        CaptchaText.Alphabet.ToFrozenDictionary(character => character, Extract);

    private readonly SKPathVerb[] verbs;
    // The points each verb adds, in order: one for a move or a line, two for a quad, three for a cubic.
    private readonly Vector2[] points;

    private GlyphOutline(SKPathVerb[] verbs, Vector2[] points, Vector2 size)
    {
        this.verbs = verbs;
        this.points = points;
        Size = size;
    }

    /// <summary>The width and height of the outline's bounds.</summary>
    public Vector2 Size { get; }

    public static GlyphOutline Of(char character) => AlphabetOutlines[character];

    /// <summary>Adds the outline to <paramref name="path"/>, each point placed, then bent by the wave.</summary>
    public void AddTo(SKPathBuilder path, Matrix3x2 placement, Wave wave)
    {
        var next = 0;
        foreach (var verb in verbs)
        {
            switch (verb)
            {
                case SKPathVerb.Move:
                    path.MoveTo(Map(next++));
                    break;
                case SKPathVerb.Line:
                    path.LineTo(Map(next++));
                    break;
                case SKPathVerb.Quad:
                    path.QuadTo(Map(next++), Map(next++));
                    break;
                case SKPathVerb.Cubic:
                    path.CubicTo(Map(next++), Map(next++), Map(next++));
                    break;
                case SKPathVerb.Close:
                    path.Close();
                    break;
            }
        }

        SKPoint Map(int index)
        {
            var point = wave.Displace(Vector2.Transform(points[index], placement));
            return new SKPoint(point.X, point.Y);
        }
    }

    private static GlyphOutline Extract(char character)
    {
        using var font = new SKFont(CaptchaTypeface.Typeface, FontSize);
        var glyph = font.GetGlyph(character);
        using var path = glyph == 0 ? null : font.GetGlyphPath(glyph);
        if (path is null || path.IsEmpty)
        {
            throw new InvalidOperationException($"The captcha typeface has no outline for '{character}'.");
        }

        var bounds = path.TightBounds;
        var centre = new Vector2(bounds.MidX, bounds.MidY);
        var verbs = new List<SKPathVerb>();
        var points = new List<Vector2>();
        using var iterator = path.CreateRawIterator();
        // A segment's points start with the point it continues from, which the previous verb already added.
        Span<SKPoint> segment = stackalloc SKPoint[4];
        for (var verb = iterator.Next(segment); verb != SKPathVerb.Done; verb = iterator.Next(segment))
        {
            var (first, count) = verb switch
            {
                SKPathVerb.Move => (0, 1),
                SKPathVerb.Line => (1, 1),
                SKPathVerb.Quad => (1, 2),
                SKPathVerb.Cubic => (1, 3),
                SKPathVerb.Close => (0, 0),
                _ => throw new InvalidOperationException($"The outline of '{character}' has a {verb} segment, which is not supported."),
            };
            verbs.Add(verb);
            foreach (var point in segment.Slice(first, count))
            {
                points.Add(new Vector2(point.X, point.Y) - centre);
            }
        }
        return new GlyphOutline(verbs.ToArray(), points.ToArray(), new Vector2(bounds.Width, bounds.Height));
    }
}
