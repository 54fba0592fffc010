namespace HomeRental.Api.SmsCodes;

/// <summary>The store keys and lifetimes of SMS verification (docs/API.md, Store keys).</summary>
public static class SmsCodeKeys
{
    public static readonly TimeSpan CodeLifetime = TimeSpan.FromSeconds(300);
    public static readonly TimeSpan ResendInterval = TimeSpan.FromSeconds(60);
    public const int MaxGuesses = 5;

    public static string Code(string phone) => $"sms:code:{phone}";
    public static string Sent(string phone) => $"sms:sent:{phone}";

    /// <summary>
    /// The guesses made against one code. Keyed by the code itself, so a new code starts a count of its own and no
    /// guess counted against an older code is ever compared with a newer one.
    /// </summary>
    public static string Guesses(string phone, string code) => $"sms:guesses:{phone}:{code}";
}
