using System.Net;
using System.Net.Http.Json;
using HomeRental.Api.Tests.Support;

namespace HomeRental.Api.Tests.Security;

/// <summary>
/// Values that look like valid ones: a phone with a full-width or Arabic-Indic digit or a trailing line feed (each used to
/// register a second account for the same number and to skip its 60 s resend interval), a captcha id with a line feed.
/// </summary>
public sealed class LookAlikeInputTests(LookAlikeInputTests.Fixture fixture) : IClassFixture<LookAlikeInputTests.Fixture>
{
    public sealed class Fixture : HomeRentalFactory;

    public static TheoryData<string> LookAlikePhones => new() { "1380000000\uFF11", "1380000000\u0661", "13800000001\n", "13800000001\r\n" };

    [Theory]
    [MemberData(nameof(LookAlikePhones))]
    public async Task A_look_alike_phone_is_refused_everywhere_a_phone_is_taken(string phone)
    {
        var client = fixture.CreateApiClient();

        var smsCode = await client.PostAsJsonAsync("/api/v1.0/sms-codes", new { phone, captchaId = Guid.NewGuid().ToString(), captchaText = "ABCD" });
        var register = await client.PostAsJsonAsync("/api/v1.0/users", new { phone, smsCode = "123456", password = AccountSteps.Password });
        var signIn = await client.SignInAsync(phone);

        foreach (var response in new[] { smsCode, register, signIn })
        {
            var problem = await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest, "validation_failed");
            problem.GetProperty("errors").TryGetProperty("phone", out _).Should().BeTrue();
        }
    }

    [Theory]
    [InlineData("123456\n")]
    [InlineData("12345\uFF16")]
    public async Task A_look_alike_sms_code_is_refused(string smsCode)
    {
        var response = await fixture.CreateApiClient().PostAsJsonAsync("/api/v1.0/users",
            new { phone = AccountSteps.NewPhone(), smsCode, password = AccountSteps.Password });

        var problem = await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest, "validation_failed");
        problem.GetProperty("errors").TryGetProperty("smsCode", out _).Should().BeTrue();
    }

    [Theory]
    [InlineData("abcdefgh%0A")]
    [InlineData("abcdefgh%0D%0A")]
    [InlineData("abcdefg%EF%BC%91")]
    public async Task A_look_alike_captcha_id_is_refused(string captchaId)
    {
        var image = await fixture.CreateClient().GetAsync($"/api/v1.0/captchas/{captchaId}");
        var smsCode = await fixture.CreateApiClient().PostAsJsonAsync("/api/v1.0/sms-codes",
            new { phone = AccountSteps.NewPhone(), captchaId = Uri.UnescapeDataString(captchaId), captchaText = "ABCD" });

        (await image.ShouldBeProblemAsync(HttpStatusCode.BadRequest, "validation_failed")).GetProperty("errors").TryGetProperty("captchaId", out _).Should().BeTrue();
        (await smsCode.ShouldBeProblemAsync(HttpStatusCode.BadRequest, "validation_failed")).GetProperty("errors").TryGetProperty("captchaId", out _).Should().BeTrue();
    }

    [Theory]
    [InlineData("/login%0A")]
    [InlineData("/boo\u212Aing")]
    public async Task A_look_alike_page_name_is_no_page(string path)
    {
        var response = await fixture.CreateClient().GetAsync(path);

        response.StatusCode.Should().Be(HttpStatusCode.NotFound);
    }
}
