using SkiaSharp;

namespace HomeRental.Api.Demo;

public readonly record struct Rgb(byte R, byte G, byte B);

/// <summary>The colours of one picture: a sky that fades from top to horizon, the ground, and the house.</summary>
public sealed record PictureColours(Rgb SkyTop, Rgb SkyHorizon, Rgb Ground, Rgb Walls, Rgb Roof)
{
    public static readonly PictureColours Dusk = new(new(58, 76, 140), new(247, 176, 122), new(84, 122, 92), new(244, 236, 220), new(170, 68, 60));
    public static readonly PictureColours Morning = new(new(120, 178, 230), new(226, 240, 250), new(110, 168, 96), new(250, 246, 236), new(72, 88, 120));
    public static readonly PictureColours Summer = new(new(40, 140, 200), new(170, 220, 240), new(196, 178, 120), new(255, 250, 240), new(40, 120, 130));
    public static readonly PictureColours Sunset = new(new(110, 60, 130), new(255, 150, 110), new(70, 90, 80), new(236, 222, 204), new(120, 56, 70));
    public static readonly PictureColours Lavender = new(new(150, 140, 210), new(250, 220, 230), new(120, 150, 110), new(255, 252, 246), new(96, 80, 140));
}

/// <summary>
/// A PNG of a house in a landscape, so that the demo listings, the tests and the screenshots have
/// photos (painted pixel by pixel, encoded by SkiaSharp).
/// </summary>
public static class HousePicture
{
    private const int SkyShades = 200;
    private const byte Ground = SkyShades, Walls = SkyShades + 1, Roof = SkyShades + 2, Window = SkyShades + 3, Sun = SkyShades + 4,
        Leaves = SkyShades + 5, Trunk = SkyShades + 6;
    private static readonly Rgb WindowColour = new(255, 214, 120);
    private static readonly Rgb SunColour = new(255, 236, 170);
    private static readonly Rgb TrunkColour = new(110, 78, 56);

    /// <param name="houseCentre">Where the house stands, as a fraction of the width, so pictures of one listing differ.</param>
    public static byte[] Create(PictureColours colours, double houseCentre = 0.5, int width = 960, int height = 640)
    {
        var palette = new List<SKColor>();
        for (var shade = 0; shade < SkyShades; shade++)
        {
            palette.Add(ToColour(Blend(colours.SkyTop, colours.SkyHorizon, shade / (SkyShades - 1.0))));
        }
        var leaves = Blend(colours.Ground, new Rgb(20, 40, 20), 0.45);
        foreach (var colour in new[] { colours.Ground, colours.Walls, colours.Roof, WindowColour, SunColour, leaves, TrunkColour })
        {
            palette.Add(ToColour(colour));
        }

        var pixels = new SKColor[width * height];
        for (var y = 0; y < height; y++)
        {
            for (var x = 0; x < width; x++)
            {
                pixels[y * width + x] = palette[ColourAt(x / (double)width, y / (double)height, houseCentre, width / (double)height)];
            }
        }
        using var bitmap = new SKBitmap(new SKImageInfo(width, height, SKColorType.Rgba8888, SKAlphaType.Opaque)) { Pixels = pixels };
        using var png = bitmap.Encode(SKEncodedImageFormat.Png, quality: 100);
        return png.ToArray();
    }

    /// <summary>The palette entry at (x, y), both fractions of the picture's size; shapes are tried front to back.</summary>
    private static byte ColourAt(double x, double y, double centre, double aspect)
    {
        const double Horizon = 0.72, RoofTop = 0.27, Eaves = 0.47, Floor = 0.8, HalfWidth = 0.15;
        var isWindow = y is > 0.55 and < 0.65 && (Math.Abs(x - (centre - 0.08)) < 0.035 || Math.Abs(x - (centre + 0.08)) < 0.035);
        var isDoor = y > 0.64 && y < Floor && Math.Abs(x - centre) < 0.03;
        if (isWindow || isDoor)
        {
            return Window;
        }
        if (Math.Abs(x - centre) < HalfWidth && y >= Eaves && y < Floor)
        {
            return Walls;
        }
        if (y > RoofTop && y < Eaves && Math.Abs(x - centre) < (y - RoofTop) / (Eaves - RoofTop) * (HalfWidth + 0.04))
        {
            return Roof;
        }
        var treeX = centre < 0.5 ? centre + 0.3 : centre - 0.3;
        if (IsInCircle(x, y, treeX, 0.55, 0.11, aspect))
        {
            return Leaves;
        }
        if (Math.Abs(x - treeX) < 0.012 && y > 0.6 && y < 0.78)
        {
            return Trunk;
        }
        if (y >= Horizon)
        {
            return Ground;
        }
        if (IsInCircle(x, y, centre < 0.5 ? 0.82 : 0.18, 0.3, 0.07, aspect))
        {
            return Sun;
        }
        return (byte)Math.Min(SkyShades - 1, (int)(y / Horizon * SkyShades));
    }

    // The radius is a fraction of the height; aspect (width / height) keeps the circle round.
    private static bool IsInCircle(double x, double y, double centreX, double centreY, double radius, double aspect) =>
        Math.Pow((x - centreX) * aspect, 2) + Math.Pow(y - centreY, 2) < radius * radius;

    private static Rgb Blend(Rgb from, Rgb to, double amount) => new(
        (byte)(from.R + (to.R - from.R) * amount),
        (byte)(from.G + (to.G - from.G) * amount),
        (byte)(from.B + (to.B - from.B) * amount));

    private static SKColor ToColour(Rgb colour) => new(colour.R, colour.G, colour.B);
}
