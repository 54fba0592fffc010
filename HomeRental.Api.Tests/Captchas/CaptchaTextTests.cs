using HomeRental.Api.Captchas;

namespace HomeRental.Api.Tests.Captchas;

public class CaptchaTextTests
{
    [Fact]
    public void Alphabet_has_upper_case_letters_and_digits_without_look_alikes()
    {
        CaptchaText.Alphabet.Should().MatchRegex("^[2-9A-Z]+$");
        CaptchaText.Alphabet.Should().NotContainAny("0", "O", "1", "I", "L");
        CaptchaText.Alphabet.Distinct().Should().HaveCount(CaptchaText.Alphabet.Length);
    }

    [Fact]
    public void Generate_returns_four_characters_of_the_alphabet()
    {
        for (var attempt = 0; attempt < 1000; attempt++)
        {
            var text = CaptchaText.Generate();

            text.Should().HaveLength(4);
            text.All(CaptchaText.Alphabet.Contains).Should().BeTrue($"'{text}' should use only '{CaptchaText.Alphabet}'");
        }
    }

    [Fact]
    public void Generate_draws_every_character_and_rarely_repeats_a_text()
    {
        var texts = Enumerable.Range(0, 2000).Select(_ => CaptchaText.Generate()).ToList();

        texts.SelectMany(text => text).Distinct().Should().BeEquivalentTo(CaptchaText.Alphabet);
        // 31^4 (about 920,000) texts: 2,000 draws repeat about two of them on average.
        texts.Distinct().Should().HaveCountGreaterThan(1980);
    }
}
