using System.Text;

namespace HomeRental.Api.Tests.Support;

/// <summary>Files that are, or only look like, the images the uploads take, by name, with the extension their bytes earn (null: refused).</summary>
public static class ImageSamples
{
    private static readonly Dictionary<string, (byte[] Bytes, string? Extension)> samples = new()
    {
        ["JPEG (JFIF)"] = ([0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x10, .. Ascii("JFIF"), 0x00, 0x01, 0x01, 0x00], "jpg"),
        ["JPEG (Exif)"] = ([0xFF, 0xD8, 0xFF, 0xE1, 0x00, 0x18, .. Ascii("Exif"), 0x00, 0x00, 0x4D, 0x4D], "jpg"),
        ["JPEG of its 3 signature bytes only"] = ([0xFF, 0xD8, 0xFF], "jpg"),
        ["PNG"] = (HouseSteps.TinyPng, "png"),
        ["GIF87a"] = ([.. Ascii("GIF87a"), 0x01, 0x00, 0x01, 0x00, 0x80, 0x00, 0x00, 0x00], "gif"),
        ["GIF89a"] = ([.. Ascii("GIF89a"), 0x01, 0x00, 0x01, 0x00, 0x80, 0x00, 0x00, 0x00], "gif"),
        ["WebP"] = ([.. Ascii("RIFF"), 0x1A, 0x00, 0x00, 0x00, .. Ascii("WEBPVP8L"), 0x0D, 0x00, 0x00, 0x00], "webp"),
        ["RIFF that is WAVE audio"] = ([.. Ascii("RIFF"), 0x24, 0x00, 0x00, 0x00, .. Ascii("WAVEfmt "), 0x10, 0x00, 0x00, 0x00], null),
        ["RIFF that is AVI video"] = ([.. Ascii("RIFF"), 0x24, 0x00, 0x00, 0x00, .. Ascii("AVI LIST")], null),
        ["WebP cut to 11 bytes"] = ([.. Ascii("RIFF"), 0x1A, 0x00, 0x00, 0x00, .. Ascii("WEB")], null),
        ["PNG cut to 7 bytes"] = (HouseSteps.TinyPng[..7], null),
        ["GIF cut to 5 bytes"] = (Ascii("GIF89"), null),
        ["GIF88a, no such version"] = ([.. Ascii("GIF88a"), 0x01, 0x00, 0x01, 0x00], null),
        ["JPEG cut to 2 bytes"] = ([0xFF, 0xD8], null),
        ["one byte"] = ([0xFF], null),
        ["SVG"] = (Ascii("<svg xmlns=\"http://www.w3.org/2000/svg\" onload=\"alert(1)\"/>"), null),
    };

    public static TheoryData<string> Names => new(samples.Keys);

    public static byte[] Bytes(string name) => samples[name].Bytes;

    public static string? Extension(string name) => samples[name].Extension;

    private static byte[] Ascii(string text) => Encoding.ASCII.GetBytes(text);
}
