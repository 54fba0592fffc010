using SkiaSharp;

namespace HomeRental.Api.Captchas;

/// <summary>
/// Random colours of any hue in three bands of brightness: pale paper, mid-tone noise and dark text. A person
/// tells the text from the noise by contrast; no single colour gives the text away to a script.
/// </summary>
internal static class CaptchaColours
{
    // Luma (Rec. 601: 0.299 R + 0.587 G + 0.114 B) of each band, 0 to 255.
    public const float DarkestText = 25f;
    public const float LightestText = 75f;
    public const float DarkestNoise = 115f;
    public const float LightestNoise = 185f;
    public const float DarkestPaper = 228f;
    public const float LightestPaper = 248f;

    public static SKColor Paper(Random random) => OfLuma(random, random.NextSingle(DarkestPaper, LightestPaper), maxSaturation: 90f);

    public static SKColor Noise(Random random) => OfLuma(random, random.NextSingle(DarkestNoise, LightestNoise), maxSaturation: 90f);

    // Saturated blues and purples look brighter than their luma says: text keeps to milder colours.
    public static SKColor Text(Random random) => OfLuma(random, random.NextSingle(DarkestText, LightestText), maxSaturation: 70f);

    public static float Luma(SKColor colour) => 0.299f * colour.Red + 0.587f * colour.Green + 0.114f * colour.Blue;

    /// <summary>A colour of random hue and saturation, darkened towards black or lightened towards white to the luma.</summary>
    private static SKColor OfLuma(Random random, float luma, float maxSaturation)
    {
        var hued = SKColor.FromHsl(random.NextSingle(0f, 360f), random.NextSingle(40f, maxSaturation), 50f);
        var hueLuma = Luma(hued);
        // Luma is linear in the channels, so moving all three the same share towards black or white reaches it exactly.
        if (luma <= hueLuma)
        {
            return Scale(hued, keep: luma / hueLuma, add: 0f);
        }
        var towardsWhite = (luma - hueLuma) / (255f - hueLuma);
        return Scale(hued, keep: 1f - towardsWhite, add: 255f * towardsWhite);
    }

    private static SKColor Scale(SKColor colour, float keep, float add) => new(
        (byte)MathF.Round(colour.Red * keep + add), (byte)MathF.Round(colour.Green * keep + add), (byte)MathF.Round(colour.Blue * keep + add));
}
