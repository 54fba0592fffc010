using System.Collections.Frozen;
using System.Globalization;
using System.Numerics;

namespace HomeRental.Api.Captchas;

/// <summary>
/// A stroke font for the captcha alphabet: each glyph is a few polylines on a grid
/// <see cref="Width"/> units wide and <see cref="Height"/> units tall, y pointing down.
/// </summary>
internal static class Glyphs
{
    public const float Width = 12;
    public const float Height = 20;

    // Polylines are separated by '|', points by spaces; each point is "x,y".
    private static readonly FrozenDictionary<char, Vector2[][]> StrokesByCharacter = new Dictionary<char, string>
    {
        ['2'] = "0,5 2,1 6,0 10,1 12,5 11,9 8,12 0,20 12,20",
        ['3'] = "1,2 4,0 8,0 11,2 11,6 8,9 4,9 | 8,9 12,12 12,17 9,20 3,20 0,17",
        ['4'] = "9,20 9,0 0,14 12,14",
        ['5'] = "11,0 2,0 1,9 4,8 8,8 11,10 12,14 11,18 8,20 4,20 0,17",
        ['6'] = "10,1 8,0 4,0 2,2 0,6 0,13 1,18 4,20 8,20 11,18 12,14 11,10 8,8 4,8 1,10 0,13",
        ['7'] = "-1,0 12,0 7,9 2,20",
        ['8'] = "6,9 3,8 1,5 2,1 6,0 10,1 11,5 9,8 6,9 2,11 0,15 1,19 6,20 11,19 12,15 10,11 6,9",
        ['9'] = "2,19 4,20 8,20 10,18 12,14 12,7 11,2 8,0 4,0 1,2 0,6 1,10 4,12 8,12 11,10 12,7",
        ['A'] = "0,20 6,0 12,20 | 2,13 10,13",
        ['B'] = "1,20 1,0 8,0 10,1 11,4 10,8 8,9 1,9 | 8,9 11,11 12,15 11,19 8,20 1,20",
        ['C'] = "12,3 9,0 6,0 3,1 1,4 0,10 1,16 3,19 6,20 9,20 12,17",
        ['D'] = "1,0 1,20 6,20 10,18 12,14 12,6 10,2 6,0 1,0",
        ['E'] = "11,0 1,0 1,20 11,20 | 1,10 9,10",
        ['F'] = "11,0 1,0 1,20 | 1,10 9,10",
        ['G'] = "12,3 9,0 6,0 3,1 1,4 0,10 1,16 3,19 6,20 9,20 12,18 12,11 7,11",
        ['H'] = "1,0 1,20 | 11,0 11,20 | 1,10 11,10",
        ['J'] = "5,0 10,0 10,15 9,19 6,20 3,19 1,16",
        ['K'] = "1,0 1,20 | 12,0 1,13 | 5,9 12,20",
        ['M'] = "0,20 1,0 6,13 11,0 12,20",
        ['N'] = "1,20 1,0 11,20 11,0",
        ['P'] = "1,20 1,0 8,0 11,2 12,5 11,9 8,11 1,11",
        ['Q'] = "6,0 3,1 1,4 0,10 1,16 3,19 6,20 9,19 11,16 12,10 11,4 9,1 6,0 | 7,14 12,21",
        ['R'] = "1,20 1,0 8,0 11,2 12,5 11,9 8,11 1,11 | 6,11 12,20",
        ['S'] = "11,3 9,0 4,0 1,2 0,5 2,8 6,10 10,12 12,15 11,19 8,20 3,20 0,17",
        ['T'] = "0,0 12,0 | 6,0 6,20",
        ['U'] = "1,0 1,14 2,18 6,20 10,18 11,14 11,0",
        ['V'] = "0,0 6,20 12,0",
        ['W'] = "0,0 3,20 6,7 9,20 12,0",
        ['X'] = "0,0 12,20 | 12,0 0,20",
        ['Y'] = "0,0 6,10 12,0 | 6,10 6,20",
        ['Z'] = "0,0 12,0 0,20 12,20",
    }.ToFrozenDictionary(glyph => glyph.Key, glyph => ParsePolylines(glyph.Value));

    public static Vector2[][] StrokesOf(char character) => StrokesByCharacter[character];

    private static Vector2[][] ParsePolylines(string polylines) =>
        polylines.Split('|', StringSplitOptions.TrimEntries)
            .Select(polyline => polyline.Split(' ').Select(ParsePoint).ToArray())
            .ToArray();

    private static Vector2 ParsePoint(string point)
    {
        var comma = point.IndexOf(',');
        return new Vector2(
            float.Parse(point.AsSpan(0, comma), CultureInfo.InvariantCulture),
            float.Parse(point.AsSpan(comma + 1), CultureInfo.InvariantCulture));
    }
}
