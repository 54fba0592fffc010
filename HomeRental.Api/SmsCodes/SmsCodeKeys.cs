namespace HomeRental.Api.SmsCodes;

/// <summary>The store keys and lifetimes of SMS verification (API.md, Store keys).</summary>
public static class SmsCodeKeys
{
    public static readonly TimeSpan CodeLifetime = TimeSpan.FromSeconds(300);
    public static readonly TimeSpan ResendInterval = TimeSpan.FromSeconds(60);
    public const int MaxWrongAttempts = 5;

    public static string Code(string phone) => $"sms:code:{phone}";
    public static string Sent(string phone) => $"sms:sent:{phone}";
    public static string WrongAttempts(string phone) => $"sms:attempts:{phone}";
}
