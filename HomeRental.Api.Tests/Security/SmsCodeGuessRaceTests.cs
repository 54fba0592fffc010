using System.Net;
using System.Net.Http.Json;
using HomeRental.Api.Tests.Support;

namespace HomeRental.Api.Tests.Security;

/// <summary>Guessing an SMS code with many registrations at once: a code answers at most five guesses, ever.</summary>
public abstract class SmsCodeGuessRaceTests(HomeRentalFactory factory) : IDisposable
{
    public sealed class WithEmbeddedStore() : SmsCodeGuessRaceTests(new HomeRentalFactory());

    public sealed class WithRedis() : SmsCodeGuessRaceTests(new HomeRentalFactory(RedisServer.Shared.Configuration));

    private const int Burst = 100;

    [Fact]
    public async Task A_hundred_concurrent_wrong_codes_get_five_verdicts_and_the_code_is_gone()
    {
        var phone = AccountSteps.NewPhone();
        var attacker = factory.CreateApiClient();
        var smsCode = await factory.GetSmsCodeAsync(attacker, phone);
        var guesses = Enumerable.Range(0, 1_000_000).Select(guess => guess.ToString("D6")).Where(guess => guess != smsCode).Take(Burst);

        var answers = await Task.WhenAll(guesses.Select(guess =>
            attacker.PostAsJsonAsync("/api/v1.0/users", new { phone, smsCode = guess, password = AccountSteps.Password })));

        answers.Should().OnlyContain(answer => answer.StatusCode == HttpStatusCode.BadRequest);
        var codes = await Task.WhenAll(answers.Select(async answer => (await answer.Content.ReadFromJsonAsync<ProblemBody>())!.Code));
        codes.Count(code => code == "sms_code_invalid").Should().Be(5, "a code answers five guesses, then it is deleted");
        codes.Where(code => code != "sms_code_invalid").Should().OnlyContain(code => code == "sms_code_expired");
        (await factory.Store().GetAsync($"sms:code:{phone}")).Should().BeNull();
        var withTheRightCode = await attacker.PostAsJsonAsync("/api/v1.0/users", new { phone, smsCode, password = AccountSteps.Password });
        await withTheRightCode.ShouldBeProblemAsync(HttpStatusCode.BadRequest, "sms_code_expired");
    }

    private sealed record ProblemBody(string Code);

    public void Dispose() => factory.Dispose();
}
