using HomeRental.Api.Tests.Support;
using Microsoft.Extensions.Options;

namespace HomeRental.Api.Tests.Security;

public sealed class SecurityHeadersTests(SecurityHeadersTests.Fixture fixture) : IClassFixture<SecurityHeadersTests.Fixture>
{
    public sealed class Fixture : HomeRentalFactory;

    [Theory]
    [InlineData("/")]
    [InlineData("/login")]
    [InlineData("/no-such-page")]
    [InlineData("/js/api.js")]
    [InlineData("/api/v1.0/csrf-token")]
    [InlineData("/api/v1.0/no-such-thing")]
    [InlineData("/health/live")]
    public async Task Every_response_carries_the_security_headers(string path)
    {
        var response = await fixture.CreateClient().GetAsync(path);

        response.Headers.GetValues("X-Content-Type-Options").Should().Equal("nosniff");
        response.Headers.GetValues("X-Frame-Options").Should().Equal("DENY");
        response.Headers.GetValues("Referrer-Policy").Should().Equal("strict-origin-when-cross-origin");
        var policy = string.Join(";", response.Headers.GetValues("Content-Security-Policy"));
        policy.Should().Contain("frame-ancestors 'none'").And.Contain("script-src 'self'").And.NotContain("unsafe-inline");
    }

    [Fact]
    public async Task In_development_there_is_no_strict_transport_security()
    {
        var response = await fixture.CreateClient().GetAsync("/health/live");

        response.Headers.Contains("Strict-Transport-Security").Should().BeFalse();
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/api/v1.0/no-such-thing")]
    [InlineData("/swagger/index.html")]
    public async Task Outside_development_every_answer_carries_the_configured_strict_transport_security(string path)
    {
        using var production = new HomeRentalFactory { EnvironmentName = "Production" }
            .WithSetting("Hsts:MaxAgeDays", "30")
            .WithSetting("Hsts:IncludeSubDomains", "true");

        var response = await production.CreateClient().GetAsync(path);

        response.Headers.GetValues("Strict-Transport-Security").Should().Equal("max-age=2592000; includeSubDomains");
    }

    [Fact]
    public void A_max_age_outside_0_to_730_days_stops_the_start_and_names_the_setting()
    {
        using var production = new HomeRentalFactory { EnvironmentName = "Production" }.WithSetting("Hsts:MaxAgeDays", "-1");

        var start = () => production.CreateClient();

        start.Should().Throw<OptionsValidationException>().WithMessage("*Hsts:MaxAgeDays*");
    }

    [Fact]
    public async Task Swagger_ui_may_use_inline_styles_but_never_inline_scripts()
    {
        var response = await fixture.CreateClient().GetAsync("/swagger/index.html");

        var policy = string.Join(";", response.Headers.GetValues("Content-Security-Policy"));
        policy.Should().Contain("script-src 'self';").And.Contain("style-src 'self' 'unsafe-inline'");
    }
}
