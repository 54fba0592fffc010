using System.Security.Cryptography;

namespace HomeRental.Api.Captchas;

/// <summary>The text a person reads from a captcha image and types back.</summary>
public static class CaptchaText
{
    /// <summary>Upper-case letters and digits, without the look-alikes 0/O and 1/I/L.</summary>
    public const string Alphabet = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";

    public const int Length = 4;

    public static string Generate() => RandomNumberGenerator.GetString(Alphabet, Length);
}
