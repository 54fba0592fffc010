using System.Globalization;

namespace HomeRental.Api.Users;

/// <summary>
/// The 18-character mainland China resident identity number (GB 11643): 17 digits, the
/// holder's birth date at positions 7-14, then an ISO 7064 MOD 11-2 check character.
/// </summary>
public static class IdentityNumber
{
    public const int Length = 18;

    private const int BirthDateStart = 6;
    private const string BirthDateFormat = "yyyyMMdd";
    private const int VisibleAtEachEnd = 4;
    private const string CheckCharacters = "10X98765432";
    private static readonly int[] Weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];

    /// <summary>Whether <paramref name="value"/>, once normalized, is a well-formed number.</summary>
    public static bool IsValid(string? value)
    {
        if (value is null)
        {
            return false;
        }

        var number = Normalize(value);
        if (number.Length != Length)
        {
            return false;
        }

        var digits = number.AsSpan(0, Length - 1);
        return !digits.ContainsAnyExceptInRange('0', '9')
            && HasRealBirthDate(digits)
            && number[^1] == CheckCharacterFor(digits);
    }

    /// <summary>The form to store and compare: no surrounding spaces, an upper-case X.</summary>
    public static string Normalize(string value) => value.Trim().ToUpperInvariant();

    /// <summary>For display: the first and last four characters kept, the rest replaced by '*'.</summary>
    public static string Mask(string value)
    {
        // Too short to keep both ends without showing all of it: hide everything.
        if (value.Length <= 2 * VisibleAtEachEnd)
        {
            return new string('*', value.Length);
        }

        return string.Concat(
            value.AsSpan(0, VisibleAtEachEnd),
            new string('*', value.Length - 2 * VisibleAtEachEnd),
            value.AsSpan(value.Length - VisibleAtEachEnd));
    }

    private static bool HasRealBirthDate(ReadOnlySpan<char> digits) =>
        DateOnly.TryParseExact(
            digits.Slice(BirthDateStart, BirthDateFormat.Length),
            BirthDateFormat,
            CultureInfo.InvariantCulture,
            DateTimeStyles.None,
            out _);

    private static char CheckCharacterFor(ReadOnlySpan<char> digits)
    {
        var sum = 0;
        for (var i = 0; i < digits.Length; i++)
        {
            sum += (digits[i] - '0') * Weights[i];
        }

        return CheckCharacters[sum % 11];
    }
}
