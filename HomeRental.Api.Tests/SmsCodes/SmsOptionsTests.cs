using HomeRental.Api.SmsCodes;
using HomeRental.Api.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace HomeRental.Api.Tests.SmsCodes;

public sealed class SmsOptionsTests
{
    private static Dictionary<string, string?> CompleteVonageSettings() => new()
    {
        ["Sms:Provider"] = "Vonage",
        ["Sms:Vonage:ApiKey"] = "key",
        ["Sms:Vonage:ApiSecret"] = "secret",
        ["Sms:Vonage:From"] = "HomeRental",
    };

    [Fact]
    public void Without_configuration_the_Log_sender_is_used_and_needs_nothing()
    {
        using var services = SmsTestServices.Build([]);

        ValidateAtStart(services);

        var options = services.GetRequiredService<IOptions<SmsOptions>>().Value;
        options.Provider.Should().Be("Log");
        options.Vonage.BaseUrl.Should().Be("https://rest.nexmo.com");
        options.Vonage.CountryCode.Should().Be("86");
        options.Vonage.TimeoutSeconds.Should().Be(5);
        services.GetRequiredService<ISmsSender>().Should().BeOfType<LogSmsSender>();
    }

    [Theory]
    [InlineData("Vonage")]
    [InlineData("vonage")]
    [InlineData("VONAGE")]
    public void A_complete_Vonage_configuration_selects_the_Vonage_sender_whatever_the_case(string provider)
    {
        var settings = CompleteVonageSettings();
        settings["Sms:Provider"] = provider;
        using var services = SmsTestServices.Build(settings);

        ValidateAtStart(services);

        services.GetRequiredService<ISmsSender>().Should().BeOfType<VonageSmsSender>();
    }

    [Fact]
    public void An_unknown_provider_fails_at_start_with_a_clear_message()
    {
        using var services = SmsTestServices.Build([new("Sms:Provider", "Twilio")]);

        var start = () => ValidateAtStart(services);

        start.Should().Throw<OptionsValidationException>()
            .WithMessage("Sms:Provider must be 'Log' or 'Vonage' (case-insensitive), not 'Twilio'.");
    }

    [Fact]
    public void Vonage_without_an_api_key_fails_at_start_with_a_clear_message()
    {
        var settings = CompleteVonageSettings();
        settings.Remove("Sms:Vonage:ApiKey");
        using var services = SmsTestServices.Build(settings);

        var start = () => ValidateAtStart(services);

        start.Should().Throw<OptionsValidationException>()
            .WithMessage("Sms:Vonage:ApiKey is required when Sms:Provider is Vonage (environment variable Sms__Vonage__ApiKey).");
    }

    [Fact]
    public void Vonage_with_nothing_set_reports_every_missing_setting_at_once()
    {
        using var services = SmsTestServices.Build([new("Sms:Provider", "Vonage")]);

        var start = () => ValidateAtStart(services);

        start.Should().Throw<OptionsValidationException>()
            .Which.Failures.Should().HaveCount(3)
            .And.Contain(failure => failure.StartsWith("Sms:Vonage:ApiKey is required"))
            .And.Contain(failure => failure.StartsWith("Sms:Vonage:ApiSecret is required"))
            .And.Contain(failure => failure.StartsWith("Sms:Vonage:From is required"));
    }

    [Theory]
    [InlineData("Sms:Vonage:BaseUrl", "rest.nexmo.com", "Sms:Vonage:BaseUrl must be an absolute http or https URL*")]
    [InlineData("Sms:Vonage:BaseUrl", "ftp://rest.nexmo.com", "Sms:Vonage:BaseUrl must be an absolute http or https URL*")]
    [InlineData("Sms:Vonage:CountryCode", "+86", "Sms:Vonage:CountryCode must be 1 to 3 digits*")]
    [InlineData("Sms:Vonage:CountryCode", "8 6", "Sms:Vonage:CountryCode must be 1 to 3 digits*")]
    [InlineData("Sms:Vonage:TimeoutSeconds", "0", "Sms:Vonage:TimeoutSeconds must be between 1 and 30*")]
    public void Vonage_settings_with_a_bad_value_fail_at_start(string key, string value, string expectedMessage)
    {
        var settings = CompleteVonageSettings();
        settings[key] = value;
        using var services = SmsTestServices.Build(settings);

        var start = () => ValidateAtStart(services);

        start.Should().Throw<OptionsValidationException>().WithMessage(expectedMessage);
    }

    [Fact]
    public void Vonage_settings_are_not_checked_when_the_Log_sender_is_used()
    {
        using var services = SmsTestServices.Build([new("Sms:Provider", "log"), new("Sms:Vonage:BaseUrl", "not a url")]);

        var start = () => ValidateAtStart(services);

        start.Should().NotThrow();
    }

    // What the host runs on StartAsync for every ValidateOnStart registration.
    private static void ValidateAtStart(IServiceProvider services) =>
        services.GetRequiredService<IStartupValidator>().Validate();
}
