using System.Net;
using System.Net.Http.Json;
using HomeRental.Api.Tests.Support;
using HomeRental.Api.Users;
using Microsoft.EntityFrameworkCore;

namespace HomeRental.Api.Tests.Accounts;

public abstract class RegistrationTests(HomeRentalFactory factory) : IDisposable
{
    public sealed class WithEmbeddedStore() : RegistrationTests(new HomeRentalFactory());

    public sealed class WithRedis() : RegistrationTests(new HomeRentalFactory(RedisServer.Shared.Configuration));

    private readonly HttpClient client = factory.CreateApiClient();

    [Fact]
    public async Task Registering_creates_the_account_signs_it_in_and_uses_up_the_code()
    {
        var phone = AccountSteps.NewPhone();
        var smsCode = await factory.GetSmsCodeAsync(client, phone);

        var response = await client.PostAsJsonAsync("/api/v1.0/users", new { phone, smsCode, password = AccountSteps.Password, username = "  Traveller  " });

        var profile = await response.ReadJsonAsync<UserProfile>(HttpStatusCode.Created);
        response.Headers.Location!.ToString().Should().Be("/api/v1.0/users/me");
        profile.Phone.Should().Be(phone);
        profile.Username.Should().Be("Traveller");
        profile.IdentityVerified.Should().BeFalse();
        profile.LoginCount.Should().Be(1);
        profile.LastLoginAt.Should().BeCloseTo(DateTime.UtcNow, TimeSpan.FromMinutes(1));
        response.Headers.GetValues("Set-Cookie").Should().Contain(cookie => cookie.StartsWith("csrf_token="), "a fresh token is bound to the new user");
        (await client.GetFromJsonAsync<UserProfile>("/api/v1.0/users/me"))!.Id.Should().Be(profile.Id);
        (await factory.Store().GetAsync($"sms:code:{phone}")).Should().BeNull();
    }

    [Fact]
    public async Task A_username_not_given_is_generated_readable_unique_and_not_from_the_phone()
    {
        var profiles = new List<UserProfile>();
        for (var count = 0; count < 5; count++)
        {
            profiles.Add(await factory.RegisterAsync(factory.CreateApiClient()));
        }

        profiles.Select(profile => profile.Username).Should().OnlyHaveUniqueItems()
            .And.AllSatisfy(username => username.Should().MatchRegex("^[A-Z][a-z]+[A-Z][a-z]+[1-9][0-9]{2}$", "two words and a number, no phone"));
    }

    [Theory]
    [InlineData("13812345678")]
    [InlineData("mei13812345678")]
    [InlineData("Call 15900001111 any time")]
    public async Task A_username_cannot_contain_a_phone_number(string username)
    {
        var phone = AccountSteps.NewPhone();
        var smsCode = await factory.GetSmsCodeAsync(client, phone);

        var response = await client.PostAsJsonAsync("/api/v1.0/users", new { phone, smsCode, password = AccountSteps.Password, username });

        var problem = await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest, "validation_failed");
        problem.GetProperty("errors").GetProperty("username")[0].GetString().Should().Contain("phone number");
    }

    [Fact]
    public async Task Without_a_stored_code_the_code_has_expired()
    {
        var response = await client.PostAsJsonAsync("/api/v1.0/users",
            new { phone = AccountSteps.NewPhone(), smsCode = "123456", password = AccountSteps.Password });

        await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest, "sms_code_expired");
    }

    [Fact]
    public async Task A_wrong_code_is_invalid_and_the_fifth_wrong_try_deletes_it()
    {
        var phone = AccountSteps.NewPhone();
        var smsCode = await factory.GetSmsCodeAsync(client, phone);
        var wrongCode = smsCode == "000000" ? "111111" : "000000";

        for (var attempt = 1; attempt <= 4; attempt++)
        {
            var wrong = await client.PostAsJsonAsync("/api/v1.0/users", new { phone, smsCode = wrongCode, password = AccountSteps.Password });
            await wrong.ShouldBeProblemAsync(HttpStatusCode.BadRequest, "sms_code_invalid");
            (await factory.Store().GetAsync($"sms:code:{phone}")).Should().Be(smsCode, "the code stays until the fifth wrong try");
        }
        var fifth = await client.PostAsJsonAsync("/api/v1.0/users", new { phone, smsCode = wrongCode, password = AccountSteps.Password });
        var right = await client.PostAsJsonAsync("/api/v1.0/users", new { phone, smsCode, password = AccountSteps.Password });

        await fifth.ShouldBeProblemAsync(HttpStatusCode.BadRequest, "sms_code_invalid");
        await right.ShouldBeProblemAsync(HttpStatusCode.BadRequest, "sms_code_expired");
        await ExpectNoAccountAsync(phone);
    }

    [Fact]
    public async Task A_new_code_starts_its_own_count_of_wrong_tries()
    {
        var phone = AccountSteps.NewPhone();
        var oldCode = await factory.GetSmsCodeAsync(client, phone);
        for (var attempt = 1; attempt <= 4; attempt++)
        {
            await (await RegisterWithCodeAsync(phone, WrongCodeFor(oldCode))).ShouldBeProblemAsync(HttpStatusCode.BadRequest, "sms_code_invalid");
        }
        var newCode = await SendCodeAgainAsync(phone);
        var wrongForBoth = new[] { "000000", "111111", "222222" }.First(code => code != oldCode && code != newCode);

        var wrong = await RegisterWithCodeAsync(phone, wrongForBoth);
        var right = await RegisterWithCodeAsync(phone, newCode);

        var problem = await wrong.ShouldBeProblemAsync(HttpStatusCode.BadRequest, "sms_code_invalid");
        problem.GetProperty("detail").GetString().Should().Be("The SMS code is wrong.", "it is the new code's first wrong try, not its fifth");
        (await right.ReadJsonAsync<UserProfile>(HttpStatusCode.Created)).Phone.Should().Be(phone);
    }

    [Fact]
    public async Task Without_its_code_a_taken_phone_answers_like_a_free_one()
    {
        var existing = await factory.RegisterAsync(factory.CreateApiClient());
        var free = AccountSteps.NewPhone();

        var takenWithoutCode = await RegisterWithCodeAsync(existing.Phone, "123456");
        var freeWithoutCode = await RegisterWithCodeAsync(free, "123456");
        var takenWithWrongCode = await RegisterWithCodeAsync(existing.Phone, WrongCodeFor(await SendCodeAgainAsync(existing.Phone)));
        var freeWithWrongCode = await RegisterWithCodeAsync(free, WrongCodeFor(await factory.GetSmsCodeAsync(client, free)));

        var expired = await takenWithoutCode.ShouldBeProblemAsync(HttpStatusCode.BadRequest, "sms_code_expired");
        var invalid = await takenWithWrongCode.ShouldBeProblemAsync(HttpStatusCode.BadRequest, "sms_code_invalid");
        (await freeWithoutCode.ShouldBeProblemAsync(HttpStatusCode.BadRequest, "sms_code_expired")).GetProperty("detail").GetString()
            .Should().Be(expired.GetProperty("detail").GetString());
        (await freeWithWrongCode.ShouldBeProblemAsync(HttpStatusCode.BadRequest, "sms_code_invalid")).GetProperty("detail").GetString()
            .Should().Be(invalid.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task A_taken_phone_with_its_right_code_is_a_conflict_and_uses_up_the_code()
    {
        var existing = await factory.RegisterAsync(factory.CreateApiClient());
        var smsCode = await SendCodeAgainAsync(existing.Phone);

        var response = await RegisterWithCodeAsync(existing.Phone, smsCode);

        await response.ShouldBeProblemAsync(HttpStatusCode.Conflict, "phone_taken");
        (await factory.Store().GetAsync($"sms:code:{existing.Phone}")).Should().BeNull();
    }

    [Fact]
    public async Task A_taken_username_is_a_conflict_and_keeps_the_code()
    {
        await factory.RegisterAsync(factory.CreateApiClient(), username: "taken-name");
        var phone = AccountSteps.NewPhone();
        var smsCode = await factory.GetSmsCodeAsync(client, phone);

        var response = await client.PostAsJsonAsync("/api/v1.0/users", new { phone, smsCode, password = AccountSteps.Password, username = "taken-name" });

        await response.ShouldBeProblemAsync(HttpStatusCode.Conflict, "username_taken");
        (await factory.Store().GetAsync($"sms:code:{phone}")).Should().Be(smsCode);
    }

    [Theory]
    [InlineData("short", "password")]
    [InlineData("", "password")]
    public async Task Password_rules_are_validation_problems(string password, string field)
    {
        var phone = AccountSteps.NewPhone();
        var smsCode = await factory.GetSmsCodeAsync(client, phone);

        var response = await client.PostAsJsonAsync("/api/v1.0/users", new { phone, smsCode, password });

        var problem = await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest, "validation_failed");
        problem.GetProperty("errors").TryGetProperty(field, out _).Should().BeTrue();
        await ExpectNoAccountAsync(phone);
        (await factory.Store().GetAsync($"sms:code:{phone}")).Should().Be(smsCode, "a refused request does not use up the code");
    }

    [Fact]
    public async Task A_password_longer_than_128_characters_is_refused()
    {
        var response = await client.PostAsJsonAsync("/api/v1.0/users",
            new { phone = AccountSteps.NewPhone(), smsCode = "123456", password = new string('p', 129) });

        var problem = await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest, "validation_failed");
        problem.GetProperty("errors").TryGetProperty("password", out _).Should().BeTrue();
    }

    [Fact]
    public async Task A_malformed_sms_code_is_a_validation_problem()
    {
        var response = await client.PostAsJsonAsync("/api/v1.0/users",
            new { phone = AccountSteps.NewPhone(), smsCode = "12ab", password = AccountSteps.Password });

        var problem = await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest, "validation_failed");
        problem.GetProperty("errors").TryGetProperty("smsCode", out _).Should().BeTrue();
    }

    private Task<HttpResponseMessage> RegisterWithCodeAsync(string phone, string smsCode) =>
        client.PostAsJsonAsync("/api/v1.0/users", new { phone, smsCode, password = AccountSteps.Password });

    /// <summary>A new code for a phone that got one when it registered: as if the minute between two codes had passed.</summary>
    private async Task<string> SendCodeAgainAsync(string phone)
    {
        await factory.Store().DeleteAsync($"sms:sent:{phone}");
        return await factory.GetSmsCodeAsync(client, phone);
    }

    private async Task ExpectNoAccountAsync(string phone) =>
        (await factory.WithDbAsync(db => db.Users.AnyAsync(user => user.Phone == phone))).Should().BeFalse("a refused registration stores no account");

    private static string WrongCodeFor(string smsCode) => smsCode == "000000" ? "111111" : "000000";

    public void Dispose() => factory.Dispose();
}
