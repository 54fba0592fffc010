using System.Numerics;

namespace HomeRental.Api.Captchas;

/// <summary>
/// A grid of ink levels laid out as PNG scanlines (a filter byte of 0 before each row), on which
/// round-capped strokes are drawn with anti-aliased edges. Where strokes overlap the darker ink wins,
/// so joints and crossings do not darken.
/// </summary>
internal sealed class InkCanvas(int width, int height)
{
    public const int InkLevels = 64;

    private readonly int stride = width + 1;
    private readonly byte[] scanlines = new byte[height * (width + 1)];

    public ReadOnlySpan<byte> Scanlines => scanlines;

    public void Clear() => Array.Clear(scanlines);

    /// <summary>Draws a line of <paramref name="halfWidth"/> around the segment; a point when both ends meet.</summary>
    /// <param name="opacity">0 to 1: the ink level of the stroke's solid core.</param>
    public void DrawSegment(Vector2 from, Vector2 to, float halfWidth, float opacity)
    {
        // A pixel is covered by the part of its width inside the edge: 1 when its centre lies
        // half a pixel inside, 0 when half a pixel outside.
        var reach = halfWidth + 0.5f;
        var left = Math.Max(0, (int)MathF.Floor(MathF.Min(from.X, to.X) - reach));
        var right = Math.Min(width - 1, (int)MathF.Ceiling(MathF.Max(from.X, to.X) + reach));
        var top = Math.Max(0, (int)MathF.Floor(MathF.Min(from.Y, to.Y) - reach));
        var bottom = Math.Min(height - 1, (int)MathF.Ceiling(MathF.Max(from.Y, to.Y) + reach));

        var direction = to - from;
        var lengthSquared = direction.LengthSquared();
        var inverseLengthSquared = lengthSquared > 1e-6f ? 1f / lengthSquared : 0f;
        var reachSquared = reach * reach;
        // Pixels this close to the centre line are covered whole and need no square root.
        var solidSquared = reach > 1f ? (reach - 1f) * (reach - 1f) : -1f;
        var solidLevel = opacity * (InkLevels - 1);
        var solidInk = (byte)(solidLevel + 0.5f);

        for (var y = top; y <= bottom; y++)
        {
            var rowStart = y * stride + 1;
            var offsetY = y + 0.5f - from.Y;
            var inside = false;
            for (var x = left; x <= right; x++)
            {
                var offsetX = x + 0.5f - from.X;
                var along = Math.Clamp((offsetX * direction.X + offsetY * direction.Y) * inverseLengthSquared, 0f, 1f);
                var awayX = offsetX - along * direction.X;
                var awayY = offsetY - along * direction.Y;
                var distanceSquared = awayX * awayX + awayY * awayY;
                if (distanceSquared >= reachSquared)
                {
                    // The stroke crosses a row in one run: once past it, the rest of the row is bare.
                    if (inside)
                    {
                        break;
                    }
                    continue;
                }

                inside = true;
                var ink = distanceSquared <= solidSquared
                    ? solidInk
                    : (byte)((reach - MathF.Sqrt(distanceSquared)) * solidLevel + 0.5f);
                ref var pixel = ref scanlines[rowStart + x];
                if (ink > pixel)
                {
                    pixel = ink;
                }
            }
        }
    }
}
