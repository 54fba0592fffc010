namespace HomeRental.Api.Tests.Users;

/// <summary>Builds valid identity numbers independently of the code under test.</summary>
internal static class IdentityNumbers
{
    private static readonly int[] Weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];

    /// <summary>The 17 given digits followed by their ISO 7064 MOD 11-2 check character.</summary>
    public static string WithCheckCharacter(string firstSeventeenDigits)
    {
        var sum = firstSeventeenDigits.Select((digit, index) => (digit - '0') * Weights[index]).Sum();
        return firstSeventeenDigits + "10X98765432"[sum % 11];
    }

    /// <summary>A valid number for someone born on <paramref name="birthDate"/> in Beijing's Dongcheng district.</summary>
    public static string BornOn(string birthDate, string sequence = "123") =>
        WithCheckCharacter("110101" + birthDate + sequence);

    /// <summary>The same number with its last character replaced by every other possible check character.</summary>
    public static IEnumerable<string> WithWrongCheckCharacters(string validNumber) =>
        "0123456789X"
            .Where(check => check != validNumber[^1])
            .Select(check => validNumber[..^1] + check);
}
