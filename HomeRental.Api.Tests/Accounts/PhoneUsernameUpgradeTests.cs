using HomeRental.Api.Data;
using HomeRental.Api.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace HomeRental.Api.Tests.Accounts;

/// <summary>Early versions named an account by its phone when no name was given; the next start renames those accounts.</summary>
public sealed class PhoneUsernameUpgradeTests : IAsyncLifetime
{
    private readonly HomeRentalFactory before = new();
    private readonly HomeRentalFactory after = new();

    public Task InitializeAsync()
    {
        after.ShareDatabaseOf(before);
        return Task.CompletedTask;
    }

    [Fact]
    public async Task Accounts_named_by_a_phone_number_get_a_generated_name_at_the_next_start_and_others_keep_theirs()
    {
        var phones = new[] { AccountSteps.NewPhone(), AccountSteps.NewPhone(), AccountSteps.NewPhone() };
        var otherPhone = AccountSteps.NewPhone();
        await before.WithDbAsync(async db =>
        {
            db.Users.Add(new User { Phone = phones[0], Username = phones[0] });
            db.Users.Add(new User { Phone = phones[1], Username = otherPhone });
            db.Users.Add(new User { Phone = phones[2], Username = "Lin Yue" });
            return await db.SaveChangesAsync();
        });

        var usernames = await after.WithDbAsync(db =>
            db.Users.Where(user => phones.Contains(user.Phone)).OrderBy(user => user.Id).Select(user => user.Username).ToListAsync());

        usernames[0].Should().MatchRegex("^[A-Z][a-z]+[A-Z][a-z]+[1-9][0-9]{2}$");
        usernames[1].Should().MatchRegex("^[A-Z][a-z]+[A-Z][a-z]+[1-9][0-9]{2}$", "a username that is someone else's phone is no better");
        usernames[2].Should().Be("Lin Yue");
        usernames[0].Should().NotBe(usernames[1]);
    }

    public async Task DisposeAsync()
    {
        await after.DisposeAsync();
        await before.DisposeAsync();
    }
}
