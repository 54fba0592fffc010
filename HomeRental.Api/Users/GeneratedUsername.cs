using System.Security.Cryptography;
using HomeRental.Api.Data;
using HomeRental.Api.Infrastructure.Validation;
using Microsoft.EntityFrameworkCore;

namespace HomeRental.Api.Users;

/// <summary>
/// The username of an account that did not choose one: two words and a number, such as "CalmHeron417", drawn at
/// random and never from the phone, so that what others see of a person says nothing about how to reach them.
/// </summary>
public static class GeneratedUsername
{
    private static readonly string[] Adjectives =
    [
        "Amber", "Bold", "Bright", "Brisk", "Calm", "Clever", "Cosy", "Crisp", "Curious", "Daring", "Eager", "Fair",
        "Gentle", "Glad", "Golden", "Happy", "Honest", "Jolly", "Keen", "Kind", "Lively", "Lucky", "Merry", "Mellow",
        "Nimble", "Noble", "Patient", "Plucky", "Proud", "Quick", "Quiet", "Rosy", "Silver", "Sunny", "Swift", "Tidy",
        "Warm", "Wise", "Witty", "Young",
    ];

    private static readonly string[] Nouns =
    [
        "Badger", "Bamboo", "Brook", "Cedar", "Comet", "Crane", "Dolphin", "Falcon", "Fern", "Finch", "Fox", "Harbor",
        "Hare", "Heron", "Hill", "Juniper", "Kite", "Lantern", "Lark", "Lotus", "Maple", "Meadow", "Otter", "Panda",
        "Pebble", "Pine", "Plum", "River", "Robin", "Sparrow", "Stone", "Swallow", "Teal", "Tiger", "Valley", "Willow",
        "Wren", "Yak",
    ];

    /// <summary>Tries this many names before giving up; with over a million names, a second try is already rare.</summary>
    private const int Attempts = 20;

    public static string Next() =>
        Adjectives[RandomNumberGenerator.GetInt32(Adjectives.Length)]
        + Nouns[RandomNumberGenerator.GetInt32(Nouns.Length)]
        + RandomNumberGenerator.GetInt32(100, 1000);

    /// <summary>A generated name no account has now; another account may still take it before it is saved.</summary>
    public static async Task<string> FreeAsync(HomeRentalDbContext db, CancellationToken cancellationToken = default)
    {
        for (var attempt = 0; attempt < Attempts; attempt++)
        {
            var candidate = Next();
            if (!await db.Users.AnyAsync(user => user.Username == candidate, cancellationToken))
            {
                return candidate;
            }
        }
        throw new InvalidOperationException($"No free username was found in {Attempts} attempts.");
    }

    /// <summary>
    /// Gives every account whose username is a phone number (its own, as early versions set it when none was given,
    /// or any other) a generated one. Run at start-up after the migrations; once done, it finds nothing to do.
    /// </summary>
    public static async Task ReplacePhoneUsernamesAsync(HomeRentalDbContext db, ILogger logger, CancellationToken cancellationToken)
    {
        var candidates = await db.Users
            .Where(user => user.Username.Length == InputPatterns.MainlandMobileLength && user.Username.StartsWith("1"))
            .ToListAsync(cancellationToken);
        var phoneNamed = candidates.Where(user => InputPatterns.MainlandMobile().IsMatch(user.Username)).ToList();
        var given = new HashSet<string>();
        foreach (var user in phoneNamed)
        {
            string name;
            do
            {
                name = await FreeAsync(db, cancellationToken);
            }
            while (!given.Add(name));
            user.Username = name;
        }
        if (phoneNamed.Count > 0)
        {
            await db.SaveChangesAsync(cancellationToken);
            logger.LogInformation("{Count} accounts named by a phone number were given a generated username.", phoneNamed.Count);
        }
    }
}
