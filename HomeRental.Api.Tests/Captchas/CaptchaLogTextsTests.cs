using System.Net;
using HomeRental.Api.Tests.Support;
using Microsoft.Extensions.Options;

namespace HomeRental.Api.Tests.Captchas;

/// <summary>Captchas:LogTexts lets a developer's script read a captcha from the log, in Development and nowhere else.</summary>
public sealed class CaptchaLogTextsTests
{
    [Fact]
    public async Task In_development_the_setting_logs_the_text_of_each_captcha()
    {
        using var factory = new HomeRentalFactory().WithSetting("Captchas:LogTexts", "true");
        var client = factory.CreateApiClient();

        var (captchaId, text) = await factory.SolveCaptchaAsync(client);

        factory.Logs.AllText.Should().Contain($"Captcha {captchaId} reads {text}");
    }

    [Fact]
    public async Task Without_the_setting_no_captcha_text_is_logged()
    {
        using var factory = new HomeRentalFactory();
        var client = factory.CreateApiClient();

        var (captchaId, text) = await factory.SolveCaptchaAsync(client);

        factory.Logs.AllText.Should().NotContain(captchaId).And.NotContain($"reads {text}");
    }

    [Fact]
    public void Outside_development_the_service_refuses_to_start_with_it()
    {
        using var factory = new HomeRentalFactory { EnvironmentName = "Production" }.WithSetting("Captchas:LogTexts", "true");

        var start = () => factory.CreateClient();

        start.Should().Throw<OptionsValidationException>().WithMessage("*Captchas:LogTexts*Development only, not Production*");
    }

    [Fact]
    public async Task The_setting_is_off_unless_turned_on()
    {
        using var factory = new HomeRentalFactory { EnvironmentName = "Production" };

        (await factory.CreateApiClient("https://localhost").GetAsync("/health/live")).StatusCode.Should().Be(HttpStatusCode.OK);
    }
}
