using HomeRental.Api.Data;
using HomeRental.Api.Infrastructure.Store;
using Microsoft.EntityFrameworkCore;

namespace HomeRental.Api.Houses.SearchIndex;

/// <summary>
/// How a write that changes what a house read shows (search, featured, the house page) tells the indexes and caches of
/// every instance: it <see cref="Record"/>s the houses in its own transaction, and after the commit it
/// <see cref="AnnounceAsync"/>s them: this instance's index takes them before the write answers, the others hear of it
/// through Redis at once, or from the database within <see cref="AvailabilityIndexSync.PollInterval"/> if the message is lost.
/// </summary>
public sealed class HouseChanges(AvailabilityIndex index, IKeyValueStore store, TimeProvider clock, ILogger<HouseChanges> logger)
{
    public const string Channel = "houses:changes";

    /// <summary>How long changes are kept: an index out of touch for half of it loads everything again.</summary>
    public static readonly TimeSpan Retention = TimeSpan.FromHours(1);

    /// <summary>Adds the change of house <paramref name="houseId"/> to what <paramref name="db"/> saves next.</summary>
    public void Record(HomeRentalDbContext db, int houseId) =>
        db.HouseChanges.Add(new HouseChange { HouseId = houseId, ChangedAt = clock.UtcNow() });

    /// <summary>The same for a house being added, whose id the save gives.</summary>
    public void Record(HomeRentalDbContext db, House house) =>
        db.HouseChanges.Add(new HouseChange { House = house, ChangedAt = clock.UtcNow() });

    /// <summary>
    /// The same for every house whose reads show user <paramref name="userId"/>: the houses they own, whose summaries and
    /// pages show their name and avatar, and the houses they reviewed, whose pages show their name with the review.
    /// </summary>
    public async Task RecordShowingUserAsync(HomeRentalDbContext db, int userId)
    {
        var owned = db.Houses.Where(house => house.OwnerId == userId).Select(house => house.Id);
        var reviewed = db.Orders.Where(order => order.GuestId == userId).Where(HouseProjections.ShownAsReview).Select(order => order.HouseId);
        foreach (var houseId in (await owned.ToListAsync()).Union(await reviewed.ToListAsync()))
        {
            Record(db, houseId);
        }
    }

    /// <summary>To call after the commit of a write that recorded changes, before it answers.</summary>
    public async Task AnnounceAsync()
    {
        var telling = TellOtherInstancesAsync();
        await index.CatchUpAsync();
        await telling;
    }

    private async Task TellOtherInstancesAsync()
    {
        try
        {
            await store.PublishAsync(Channel, string.Empty);
        }
        catch (StoreUnavailableException exception)
        {
            logger.LogDebug(exception, "No change message was sent; other instances read the change from the database.");
        }
    }
}
