namespace HomeRental.Api.SmsCodes;

/// <summary>The configuration section <c>Sms:Vonage</c>, used when <c>Sms:Provider</c> is <c>Vonage</c>.</summary>
public sealed class VonageOptions
{
    public string ApiKey { get; set; } = "";

    public string ApiSecret { get; set; } = "";

    /// <summary>The sender shown on the phone: a number or an alphanumeric name.</summary>
    public string From { get; set; } = "";

    public string BaseUrl { get; set; } = "https://rest.nexmo.com";

    /// <summary>Prefixed to the 11-digit mainland number to form the international number Vonage expects.</summary>
    public string CountryCode { get; set; } = "86";

    /// <summary>How long one request to Vonage may take before it counts as a provider failure.</summary>
    public int TimeoutSeconds { get; set; } = 5;
}
