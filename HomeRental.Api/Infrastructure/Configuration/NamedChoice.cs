namespace HomeRental.Api.Infrastructure.Configuration;

public static class NamedChoice
{
    /// <summary>
    /// The member of <typeparamref name="T"/> that <paramref name="setting"/> names, in any case, or
    /// <paramref name="fallback"/> when it is not set; any other value stops start-up with a message naming the setting.
    /// </summary>
    /// <param name="meaning">What a valid value is, for the message: "a database this app knows".</param>
    public static T Read<T>(IConfiguration configuration, string setting, T fallback, string meaning) where T : struct, Enum
    {
        var configured = configuration[setting];
        if (string.IsNullOrWhiteSpace(configured))
        {
            return fallback;
        }
        // By name only: Enum.TryParse would also take "1".
        foreach (var choice in Enum.GetValues<T>())
        {
            if (string.Equals(choice.ToString(), configured.Trim(), StringComparison.OrdinalIgnoreCase))
            {
                return choice;
            }
        }
        throw new InvalidOperationException(
            $"{setting} is \"{configured}\", which is not {meaning}: use {string.Join(" or ", Enum.GetNames<T>())}.");
    }
}
