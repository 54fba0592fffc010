using SkiaSharp;

namespace HomeRental.Api.Captchas;

/// <summary>
/// The typeface every captcha is drawn in: DejaVu Sans Mono Bold (whose J has a clear hook and top bar, so it
/// cannot pass for an I), read from a font file embedded in this assembly (see Fonts/LICENSE), never from the
/// system's fonts, so that a machine with none draws the same.
/// </summary>
internal static class CaptchaTypeface
{
    public const string FamilyName = "DejaVu Sans Mono";
    public const string ResourceName = "HomeRental.Api.Captchas.Fonts.DejaVuSansMono-Bold.ttf";

    public static SKTypeface Typeface { get; } = Load();

    public static Stream OpenFontFile() =>
        typeof(CaptchaTypeface).Assembly.GetManifestResourceStream(ResourceName)
        ?? throw new InvalidOperationException($"The captcha font {ResourceName} is not embedded in the assembly.");

    private static SKTypeface Load()
    {
        using var fontFile = OpenFontFile();
        using var data = SKData.Create(fontFile);
        return SKTypeface.FromData(data)
            ?? throw new InvalidOperationException($"The captcha font {ResourceName} is not a font SkiaSharp can read.");
    }
}
