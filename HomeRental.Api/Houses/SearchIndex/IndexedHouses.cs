using HomeRental.Api.Calendars;
using HomeRental.Api.Data;
using HomeRental.Api.Orders;
using Microsoft.EntityFrameworkCore;

namespace HomeRental.Api.Houses.SearchIndex;

/// <summary>Reads houses from the database as the index holds them, with every order and block that takes their nights.</summary>
public static class IndexedHouses
{
    /// <summary>
    /// How many days before today the index keeps taken nights: no search asks for an earlier night, and the days
    /// between allow for a clock or time zone that puts today a little earlier.
    /// </summary>
    public const int PastDays = 7;

    /// <summary>Up to this many houses, their orders and blocks are read house by house; more, in one walk.</summary>
    private const int SeekedOneByOne = 16;

    /// <summary>The houses of <paramref name="ids"/> (every house when null) at <paramref name="now"/>; an unknown id is left out.</summary>
    public static async Task<Dictionary<int, IndexedHouse>> ReadAsync(
        HomeRentalDbContext db, IReadOnlyCollection<int>? ids, DateTime now, DateOnly today, long generation, CancellationToken cancellationToken)
    {
        var from = today.AddDays(-PastDays);
        var houses = db.Houses.AsNoTracking();
        var held = db.Orders.AsNoTracking().Where(NightsHeld.Between(from, DateOnly.MaxValue, now));
        var blocked = db.CalendarBlocks.AsNoTracking().Where(TakenNights.BlockedBetween(from, DateOnly.MaxValue));
        var taken = new List<(int HouseId, TakenStay Stay)>();
        if (ids is { Count: <= SeekedOneByOne })
        {
            // One house at a time: with a list of houses SQLite's planner walks the orders by status instead of
            // seeking each house's in the index on (HouseId, CheckOut).
            foreach (var id in ids)
            {
                taken.AddRange(await StaysAsync(
                    held.Where(order => order.HouseId == id), blocked.Where(block => block.HouseId == id), cancellationToken));
            }
        }
        else
        {
            if (ids is not null)
            {
                held = held.Where(order => ids.Contains(order.HouseId));
                blocked = blocked.Where(block => ids.Contains(block.HouseId));
            }
            taken.AddRange(await StaysAsync(held, blocked, cancellationToken));
        }
        if (ids is not null)
        {
            houses = houses.Where(house => ids.Contains(house.Id));
        }

        var summaries = await houses.Select(HouseProjections.Summary).ToListAsync(cancellationToken);
        var limits = await houses.Select(house => new { house.Id, house.CreatedAt, house.MinNights, house.MaxNights })
            .ToDictionaryAsync(house => house.Id, cancellationToken);
        var stays = taken.ToLookup(stay => stay.HouseId, stay => stay.Stay);

        // A write that commits between these reads may show in some of them only: its change is read in the next round,
        // which reads the house again.
        return summaries.Where(summary => limits.ContainsKey(summary.Id)).ToDictionary(summary => summary.Id, summary =>
        {
            var limit = limits[summary.Id];
            return new IndexedHouse(summary, limit.CreatedAt, limit.MinNights, limit.MaxNights, NightRuns.From(stays[summary.Id]), generation);
        });
    }

    /// <summary>The orders' and the blocks' stays in one query; only waiting requests have an ExpiresAt, when they stop holding their nights.</summary>
    private static async Task<IEnumerable<(int HouseId, TakenStay Stay)>> StaysAsync(
        IQueryable<Order> held, IQueryable<CalendarBlock> blocked, CancellationToken cancellationToken)
    {
        var stays = await held.Select(order => new { order.HouseId, order.CheckIn, order.CheckOut, order.ExpiresAt })
            .Concat(blocked.Select(block => new { block.HouseId, block.CheckIn, block.CheckOut, ExpiresAt = (DateTime?)null }))
            .ToListAsync(cancellationToken);
        return stays.Select(stay => (stay.HouseId, new TakenStay(stay.CheckIn, stay.CheckOut, stay.ExpiresAt)));
    }
}
