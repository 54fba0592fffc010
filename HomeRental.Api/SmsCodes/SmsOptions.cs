namespace HomeRental.Api.SmsCodes;

/// <summary>The configuration section <c>Sms</c>.</summary>
public sealed class SmsOptions
{
    public const string SectionName = "Sms";
    public const string LogProvider = "Log";
    public const string VonageProvider = "Vonage";

    /// <summary><c>Log</c> (writes the code to the log, Development only) or <c>Vonage</c>; case-insensitive.</summary>
    public string Provider { get; set; } = LogProvider;

    public VonageOptions Vonage { get; set; } = new();

    public bool UsesVonage => string.Equals(Provider, VonageProvider, StringComparison.OrdinalIgnoreCase);

    public bool UsesLog => string.Equals(Provider, LogProvider, StringComparison.OrdinalIgnoreCase);
}
