using System.Net;
using HomeRental.Api.Captchas;
using HomeRental.Api.Tests.Support;

namespace HomeRental.Api.Tests.Accounts;

public abstract class CaptchaTests(HomeRentalFactory factory) : IDisposable
{
    public sealed class WithEmbeddedStore() : CaptchaTests(new HomeRentalFactory());

    public sealed class WithRedis() : CaptchaTests(new HomeRentalFactory(RedisServer.Shared.Configuration));

    private readonly HttpClient client = factory.CreateApiClient();

    [Fact]
    public async Task A_captcha_is_a_png_that_is_never_cached_and_its_text_is_kept_for_180_seconds()
    {
        var captchaId = Guid.NewGuid().ToString();

        var response = await client.GetAsync($"/api/v1.0/captchas/{captchaId}");

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.Should().Be("image/png");
        response.Headers.CacheControl!.NoStore.Should().BeTrue();
        (await response.Content.ReadAsByteArrayAsync()).Take(8).Should().Equal(0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A);
        var text = await factory.Store().GetAsync($"captcha:{captchaId}");
        text.Should().HaveLength(4).And.Match(value => value.All(CaptchaText.Alphabet.Contains));
        text.Should().Be(text!.ToUpperInvariant());
        (await factory.Store().GetTimeToLiveAsync($"captcha:{captchaId}")).Should()
            .BeCloseTo(TimeSpan.FromSeconds(180), TimeSpan.FromSeconds(5));
    }

    [Fact]
    public async Task Asking_again_with_the_same_id_replaces_the_text()
    {
        var captchaId = Guid.NewGuid().ToString();
        var texts = new HashSet<string>();
        for (var i = 0; i < 5; i++)
        {
            await client.GetAsync($"/api/v1.0/captchas/{captchaId}");
            texts.Add((await factory.Store().GetAsync($"captcha:{captchaId}"))!);
        }

        texts.Should().HaveCountGreaterThan(1);
    }

    [Theory]
    [InlineData("short")]
    [InlineData("has_underscore_1234")]
    [InlineData("has%20space1234")]
    [InlineData("0123456789012345678901234567890123456789012345678901234567890123456789")]
    public async Task A_malformed_id_is_a_validation_problem(string captchaId)
    {
        var response = await client.GetAsync($"/api/v1.0/captchas/{captchaId}");

        var problem = await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest, "validation_failed");
        problem.GetProperty("errors").TryGetProperty("captchaId", out _).Should().BeTrue();
    }

    public void Dispose() => factory.Dispose();
}
