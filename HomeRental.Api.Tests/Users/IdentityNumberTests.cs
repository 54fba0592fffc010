using HomeRental.Api.Users;

namespace HomeRental.Api.Tests.Users;

public class IdentityNumberTests
{
    [Theory]
    [InlineData("11010519491231002X")]
    [InlineData("110101199003074477")]
    public void Known_valid_numbers_are_accepted(string number)
    {
        IdentityNumbers.WithCheckCharacter(number[..17]).Should().Be(number, "the sample must agree with the helper");
        IdentityNumber.IsValid(number).Should().BeTrue();
    }

    [Theory]
    [InlineData("19000101")]
    [InlineData("19800229", "100")] // leap year
    [InlineData("20000229", "200")] // leap year divisible by 400
    [InlineData("20241231", "999")]
    [InlineData("19991001", "000")]
    public void Generated_numbers_with_real_birth_dates_are_accepted(string birthDate, string sequence = "123")
    {
        IdentityNumber.IsValid(IdentityNumbers.BornOn(birthDate, sequence)).Should().BeTrue();
    }

    [Fact]
    public void Every_check_character_value_is_accepted_when_it_is_the_right_one()
    {
        var checkCharacters = Enumerable.Range(0, 1000)
            .Select(sequence => IdentityNumbers.BornOn("19900307", sequence.ToString("D3")))
            .Where(IdentityNumber.IsValid)
            .Select(number => number[^1])
            .ToHashSet();

        checkCharacters.Should().BeEquivalentTo("0123456789X");
    }

    [Theory]
    [InlineData("11010519491231002X")]
    [InlineData("110101199003074477")]
    public void A_wrong_check_character_is_refused(string validNumber)
    {
        IdentityNumbers.WithWrongCheckCharacters(validNumber).Should().OnlyContain(number => !IdentityNumber.IsValid(number));
    }

    [Fact]
    public void A_changed_digit_is_refused()
    {
        IdentityNumber.IsValid("110101199003074487").Should().BeFalse();
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("11010119900307447")] // 17 characters
    [InlineData("1101011990030744770")] // 19 characters
    [InlineData("110101900307447")] // the old 15-digit format
    public void A_missing_or_wrong_length_value_is_refused(string? value)
    {
        IdentityNumber.IsValid(value).Should().BeFalse();
    }

    [Theory]
    [InlineData("1101011990A3074477")]
    [InlineData("X10101199003074477")]
    [InlineData("11010119900307447X")] // X where a digit is expected
    [InlineData("110101 99003074477")]
    [InlineData("110101-99003074477")]
    [InlineData("１１0101199003074477")] // full-width digits
    [InlineData("١١0101199003074477")] // Arabic-Indic digits
    public void Anything_but_digits_in_the_first_seventeen_is_refused(string value)
    {
        IdentityNumber.IsValid(value).Should().BeFalse();
    }

    [Theory]
    [InlineData("19900230")]
    [InlineData("19000229")] // 1900 is not a leap year
    [InlineData("19901301")]
    [InlineData("19900001")]
    [InlineData("19900100")]
    [InlineData("19900431")]
    [InlineData("00000101")]
    public void A_birth_date_that_is_not_a_real_date_is_refused(string birthDate)
    {
        // The helper gives the right check character, so only the date can be at fault.
        IdentityNumber.IsValid(IdentityNumbers.BornOn(birthDate)).Should().BeFalse();
    }

    [Fact]
    public void A_lower_case_x_check_character_is_accepted()
    {
        IdentityNumber.IsValid("11010519491231002x").Should().BeTrue();
    }

    [Fact]
    public void Surrounding_spaces_are_ignored()
    {
        IdentityNumber.IsValid(" 110101199003074477\t").Should().BeTrue();
    }

    [Theory]
    [InlineData("11010519491231002x", "11010519491231002X")]
    [InlineData("  110101199003074477 ", "110101199003074477")]
    [InlineData("11010519491231002X", "11010519491231002X")]
    public void Normalize_trims_and_upper_cases(string value, string expected)
    {
        IdentityNumber.Normalize(value).Should().Be(expected);
    }

    [Theory]
    [InlineData("11010519491231002X", "1101**********002X")]
    [InlineData("110101199003074477", "1101**********4477")]
    public void Mask_keeps_the_first_four_and_last_four_characters(string number, string expected)
    {
        IdentityNumber.Mask(number).Should().Be(expected);
    }

    [Theory]
    [InlineData("123456789", "1234*6789")]
    [InlineData("12345678", "********")]
    [InlineData("123", "***")]
    [InlineData("", "")]
    public void Mask_never_shows_a_short_value_whole(string value, string expected)
    {
        IdentityNumber.Mask(value).Should().Be(expected);
    }
}
