using System.Text.RegularExpressions;

namespace HomeRental.Api.Infrastructure.Validation;

/// <summary>
/// The patterns that guard input. In .NET, \d and \w take any Unicode digit or letter, IgnoreCase lets the Kelvin sign
/// pass for k, and $ also matches before a final line feed, so every pattern here and elsewhere in the app is built
/// with <see cref="Options"/>, anchored by ^ and \z, and never ignores case (InputPatternTests checks all of them).
/// </summary>
public static partial class InputPatterns
{
    /// <summary>ECMAScript: \d, \w and \s match ASCII only.</summary>
    public const RegexOptions Options = RegexOptions.ECMAScript;

    public const string MainlandMobilePattern = @"^1[3-9][0-9]{9}\z";
    public const int MainlandMobileLength = 11;
    /// <summary>A mainland mobile number anywhere in a text, not as part of a longer run of digits.</summary>
    public const string ContainsMainlandMobilePattern = @"^(.*[^0-9])?1[3-9][0-9]{9}([^0-9].*)?\z";
    public const string SmsCodePattern = @"^[0-9]{6}\z";

    [GeneratedRegex(MainlandMobilePattern, Options)]
    public static partial Regex MainlandMobile();

    [GeneratedRegex(ContainsMainlandMobilePattern, Options)]
    public static partial Regex ContainsMainlandMobile();

    [GeneratedRegex(SmsCodePattern, Options)]
    public static partial Regex SmsCode();
}
