using System.Net;
using System.Net.Http.Json;
using HomeRental.Api.Tests.Support;

namespace HomeRental.Api.Tests.Security;

public sealed class RateLimitTests
{
    [Fact]
    public async Task Captcha_images_beyond_the_limit_are_429_with_retry_after()
    {
        using var factory = new HomeRentalFactory().WithSetting("RateLimits:Captcha", "3");
        var client = factory.CreateApiClient();
        for (var i = 0; i < 3; i++)
        {
            (await client.GetAsync($"/api/v1.0/captchas/{Guid.NewGuid()}")).StatusCode.Should().Be(HttpStatusCode.OK);
        }

        var limited = await client.GetAsync($"/api/v1.0/captchas/{Guid.NewGuid()}");

        await limited.ShouldBeProblemAsync(HttpStatusCode.TooManyRequests, "too_many_requests");
        limited.Headers.RetryAfter!.Delta!.Value.TotalSeconds.Should().BeInRange(1, 60);
    }

    [Fact]
    public async Task Sms_requests_and_sign_ins_have_their_own_limits()
    {
        using var factory = new HomeRentalFactory().WithSetting("RateLimits:Sms", "1").WithSetting("RateLimits:SignIn", "1");
        var client = factory.CreateApiClient();
        var sms = new { phone = AccountSteps.NewPhone(), captchaId = Guid.NewGuid().ToString(), captchaText = "ABCD" };
        var signIn = new { phone = AccountSteps.NewPhone(), password = "whatever-it-is" };

        (await client.PostAsJsonAsync("/api/v1.0/sms-codes", sms)).StatusCode.Should().Be(HttpStatusCode.BadRequest);
        await (await client.PostAsJsonAsync("/api/v1.0/sms-codes", sms)).ShouldBeProblemAsync(HttpStatusCode.TooManyRequests, "too_many_requests");
        (await client.PostAsJsonAsync("/api/v1.0/sessions", signIn)).StatusCode.Should().Be(HttpStatusCode.Unauthorized);
        await (await client.PostAsJsonAsync("/api/v1.0/sessions", signIn)).ShouldBeProblemAsync(HttpStatusCode.TooManyRequests, "too_many_requests");
    }

    [Fact]
    public async Task A_limit_of_zero_turns_it_off()
    {
        using var factory = new HomeRentalFactory().WithSetting("RateLimits:Captcha", "0");
        var client = factory.CreateApiClient();

        var answers = await Task.WhenAll(Enumerable.Range(0, 150).Select(_ => client.GetAsync($"/api/v1.0/captchas/{Guid.NewGuid()}")));

        answers.Should().OnlyContain(response => response.StatusCode == HttpStatusCode.OK);
    }

    [Theory]
    [InlineData(true, HttpStatusCode.Unauthorized)]
    [InlineData(false, HttpStatusCode.TooManyRequests)]
    public async Task Behind_a_trusted_proxy_each_forwarded_client_has_its_own_limit(bool trusted, HttpStatusCode secondClient)
    {
        using var factory = new HomeRentalFactory()
            .WithSetting("RateLimits:SignIn", "1")
            .WithSetting("ReverseProxy:TrustForwardedHeaders", trusted.ToString());
        var client = factory.CreateApiClient();
        var phone = AccountSteps.NewPhone();

        var first = await client.SignInFromAsync("203.0.113.10", phone, "whatever-it-is");
        var second = await client.SignInFromAsync("203.0.113.20", phone, "whatever-it-is");

        first.StatusCode.Should().Be(HttpStatusCode.Unauthorized);
        second.StatusCode.Should().Be(secondClient);
    }
}
