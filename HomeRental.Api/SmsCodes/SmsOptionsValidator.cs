using Microsoft.Extensions.Options;

namespace HomeRental.Api.SmsCodes;

internal sealed class SmsOptionsValidator : IValidateOptions<SmsOptions>
{
    public const int MaxTimeoutSeconds = 30;

    public ValidateOptionsResult Validate(string? name, SmsOptions options)
    {
        if (options.UsesLog)
        {
            return ValidateOptionsResult.Success;
        }

        if (!options.UsesVonage)
        {
            return ValidateOptionsResult.Fail(
                $"Sms:Provider must be '{SmsOptions.LogProvider}' or '{SmsOptions.VonageProvider}' (case-insensitive), not '{options.Provider}'.");
        }

        var failures = ValidateVonage(options.Vonage).ToList();
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private static IEnumerable<string> ValidateVonage(VonageOptions vonage)
    {
        const string WhenVonage = "when Sms:Provider is Vonage";

        if (string.IsNullOrWhiteSpace(vonage.ApiKey))
        {
            yield return $"Sms:Vonage:ApiKey is required {WhenVonage} (environment variable Sms__Vonage__ApiKey).";
        }

        if (string.IsNullOrWhiteSpace(vonage.ApiSecret))
        {
            yield return $"Sms:Vonage:ApiSecret is required {WhenVonage} (environment variable Sms__Vonage__ApiSecret).";
        }

        if (string.IsNullOrWhiteSpace(vonage.From))
        {
            yield return $"Sms:Vonage:From is required {WhenVonage} (environment variable Sms__Vonage__From).";
        }

        if (!IsAbsoluteHttpUrl(vonage.BaseUrl))
        {
            yield return $"Sms:Vonage:BaseUrl must be an absolute http or https URL, not '{vonage.BaseUrl}'.";
        }

        if (!IsCountryCode(vonage.CountryCode))
        {
            yield return $"Sms:Vonage:CountryCode must be 1 to 3 digits without '+' (86 for mainland China), not '{vonage.CountryCode}'.";
        }

        if (vonage.TimeoutSeconds is < 1 or > MaxTimeoutSeconds)
        {
            yield return $"Sms:Vonage:TimeoutSeconds must be between 1 and {MaxTimeoutSeconds}, not {vonage.TimeoutSeconds}.";
        }
    }

    private static bool IsAbsoluteHttpUrl(string? url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps);

    private static bool IsCountryCode(string? countryCode) =>
        countryCode is { Length: >= 1 and <= 3 } && countryCode.All(char.IsAsciiDigit);
}
