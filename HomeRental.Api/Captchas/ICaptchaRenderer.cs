namespace HomeRental.Api.Captchas;

/// <summary>Turns captcha text into an image that a person can read and a script cannot easily.</summary>
public interface ICaptchaRenderer
{
    /// <summary>Renders <paramref name="text"/> (characters of <see cref="CaptchaText.Alphabet"/>) as a PNG file.</summary>
    byte[] RenderPng(string text);
}
