using System.Net;
using System.Net.Http.Json;
using System.Text;
using HomeRental.Api.Tests.Support;

namespace HomeRental.Api.Tests.Accounts;

public abstract class SmsCodeTests(HomeRentalFactory factory) : IDisposable
{
    public sealed class WithEmbeddedStore() : SmsCodeTests(new HomeRentalFactory());

    public sealed class WithRedis() : SmsCodeTests(new HomeRentalFactory(RedisServer.Shared.Configuration));

    private readonly HttpClient client = factory.CreateApiClient();

    [Fact]
    public async Task A_right_captcha_sends_a_six_digit_code_kept_300_seconds_with_a_60_second_resend_marker()
    {
        var phone = AccountSteps.NewPhone();
        var (captchaId, text) = await factory.SolveCaptchaAsync(client);

        var response = await client.PostAsJsonAsync("/api/v1.0/sms-codes", new { phone, captchaId, captchaText = text.ToLowerInvariant() });

        var body = await response.ReadJsonAsync<SmsCodeSentBody>(HttpStatusCode.Accepted);
        body.Should().Be(new SmsCodeSentBody(300, 60));
        (await factory.Store().GetAsync($"sms:code:{phone}")).Should().MatchRegex(@"^\d{6}$");
        (await factory.Store().GetTimeToLiveAsync($"sms:code:{phone}")).Should().BeCloseTo(TimeSpan.FromSeconds(300), TimeSpan.FromSeconds(5));
        (await factory.Store().GetTimeToLiveAsync($"sms:sent:{phone}")).Should().BeCloseTo(TimeSpan.FromSeconds(60), TimeSpan.FromSeconds(5));
        (await factory.Store().GetAsync($"captcha:{captchaId}")).Should().BeNull("a captcha allows one attempt");
    }

    [Fact]
    public async Task A_wrong_captcha_is_refused_and_used_up()
    {
        var phone = AccountSteps.NewPhone();
        var (captchaId, text) = await factory.SolveCaptchaAsync(client);

        var wrong = await client.PostAsJsonAsync("/api/v1.0/sms-codes", new { phone, captchaId, captchaText = "ZZZZ" == text ? "YYYY" : "ZZZZ" });
        var retry = await client.PostAsJsonAsync("/api/v1.0/sms-codes", new { phone, captchaId, captchaText = text });

        await wrong.ShouldBeProblemAsync(HttpStatusCode.BadRequest, "captcha_invalid");
        await retry.ShouldBeProblemAsync(HttpStatusCode.BadRequest, "captcha_expired");
        (await factory.Store().GetAsync($"sms:code:{phone}")).Should().BeNull();
    }

    [Fact]
    public async Task An_unknown_captcha_is_expired()
    {
        var response = await client.PostAsJsonAsync("/api/v1.0/sms-codes",
            new { phone = AccountSteps.NewPhone(), captchaId = Guid.NewGuid().ToString(), captchaText = "ABCD" });

        await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest, "captcha_expired");
    }

    [Fact]
    public async Task A_second_code_within_60_seconds_is_too_frequent_with_retry_after()
    {
        var phone = AccountSteps.NewPhone();
        await factory.GetSmsCodeAsync(client, phone);

        var again = await factory.RequestSmsCodeAsync(client, phone);

        await again.ShouldBeProblemAsync(HttpStatusCode.TooManyRequests, "sms_too_frequent");
        again.Headers.RetryAfter!.Delta!.Value.TotalSeconds.Should().BeInRange(1, 60);
    }

    [Theory]
    [InlineData("", "phone")]
    [InlineData("12345678901", "phone")]
    [InlineData("1381234567", "phone")]
    [InlineData("+8613812345678", "phone")]
    public async Task A_bad_phone_is_a_validation_problem_naming_the_field(string phone, string field)
    {
        var response = await client.PostAsJsonAsync("/api/v1.0/sms-codes", new { phone, captchaId = Guid.NewGuid().ToString(), captchaText = "ABCD" });

        var problem = await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest, "validation_failed");
        problem.GetProperty("errors").GetProperty(field).GetArrayLength().Should().BeGreaterThan(0);
    }

    [Fact]
    public async Task Missing_fields_are_validation_problems()
    {
        var response = await client.PostAsJsonAsync("/api/v1.0/sms-codes", new { });

        var problem = await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest, "validation_failed");
        var errors = problem.GetProperty("errors");
        errors.TryGetProperty("phone", out _).Should().BeTrue();
        errors.TryGetProperty("captchaId", out _).Should().BeTrue();
        errors.TryGetProperty("captchaText", out _).Should().BeTrue();
    }

    [Theory]
    [InlineData("{\"phone\": \"13812345678\",")]
    [InlineData("not json at all")]
    [InlineData("[]")]
    public async Task Malformed_json_is_a_malformed_request(string body)
    {
        var response = await client.PostAsync("/api/v1.0/sms-codes", new StringContent(body, Encoding.UTF8, "application/json"));

        await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest, "malformed_request");
    }

    [Fact]
    public async Task An_empty_body_is_a_malformed_request()
    {
        var response = await client.PostAsync("/api/v1.0/sms-codes", new StringContent(string.Empty, Encoding.UTF8, "application/json"));

        await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest, "malformed_request");
    }

    [Fact]
    public async Task A_body_that_is_not_json_is_an_unsupported_media_type()
    {
        var response = await client.PostAsync("/api/v1.0/sms-codes", new StringContent("phone=13812345678", Encoding.UTF8, "application/x-www-form-urlencoded"));

        await response.ShouldBeProblemAsync(HttpStatusCode.UnsupportedMediaType, "unsupported_media_type");
    }

    [Fact]
    public async Task An_over_large_body_is_refused_before_it_is_read()
    {
        var huge = new string('x', 2 * 1024 * 1024);
        var response = await client.PostAsJsonAsync("/api/v1.0/sms-codes", new { phone = huge });

        await response.ShouldBeProblemAsync(HttpStatusCode.RequestEntityTooLarge, "payload_too_large");
    }

    private sealed record SmsCodeSentBody(int ExpiresInSeconds, int ResendAfterSeconds);

    public void Dispose() => factory.Dispose();
}
