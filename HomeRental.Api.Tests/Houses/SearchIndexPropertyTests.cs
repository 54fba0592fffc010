using HomeRental.Api.Data;
using HomeRental.Api.Houses;
using HomeRental.Api.Houses.SearchIndex;
using HomeRental.Api.Infrastructure.Paging;
using HomeRental.Api.Orders;
using HomeRental.Api.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace HomeRental.Api.Tests.Houses;

/// <summary>
/// The availability index answers exactly what the database query answers (<see cref="HouseSearch.FindAsync"/>): random
/// houses with ties on every sort key, orders in every status (waiting ones lapsing before and after the moment
/// searched), host blocks and imported events, and random searches whose dates start and end on the boundaries of
/// what is taken, compared for every sort and page, at two moments, before and after a round of random changes.
/// </summary>
public sealed class SearchIndexPropertyTests : IDisposable
{
    private const int Houses = 60;
    private const int Searches = 120;

    private readonly ClockedHomeRentalFactory factory = new();
    private Random random = new(0);
    private DateOnly today;

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public async Task The_index_answers_every_search_as_the_database_does(int seed)
    {
        random = new Random(seed);
        today = StayRules.Today(factory.Clock);
        var ids = await factory.ChangeDbAsync(InsertHousesAsync);
        var boundaries = await factory.ChangeDbAsync(InsertTakenNightsAsync(ids));

        await CompareAsync(boundaries);

        await factory.ChangeDbAsync(ChangeSomeAsync(ids));
        await factory.ChangeDbAsync(InsertTakenNightsAsync(ids));

        await CompareAsync(boundaries);
    }

    private async Task CompareAsync(List<DateOnly> boundaries)
    {
        var index = factory.Services.GetRequiredService<AvailabilityIndex>();
        var now = factory.Clock.GetUtcNow().UtcDateTime;
        foreach (var moment in new[] { now, now.AddHours(3) })
        {
            for (var search = 0; search < Searches; search++)
            {
                var criteria = RandomCriteria(boundaries);
                var pageSize = random.Next(1, 8);
                var pages = Enumerable.Range(1, 4).Append(random.Next(5, 40));
                foreach (var number in pages)
                {
                    var page = new PageRequest(number, pageSize);
                    var fromIndex = (await CurrentAsync(index)).Search(criteria, moment, page);
                    var fromDatabase = await factory.WithDbAsync(db => HouseSearch.FindAsync(db, criteria, moment, page, CancellationToken.None));

                    fromIndex.Should().BeEquivalentTo(fromDatabase, options => options.WithStrictOrdering(),
                        "{0} at {1:O}, page {2} of {3}", criteria, moment, number, pageSize);
                }
            }
            (await FeaturedAsync(index)).Should().BeEquivalentTo(
                await factory.WithDbAsync(db => HouseProjections.FeaturedAsync(db, CancellationToken.None)), options => options.WithStrictOrdering());
        }
    }

    private static async Task<List<FeaturedHouse>> FeaturedAsync(AvailabilityIndex index) => (await CurrentAsync(index)).Featured();

    /// <summary>
    /// The index once a round has caught up; a round that took more than a second on a loaded machine leaves it
    /// untrusted, and the next one, with nothing new to read, is quick.
    /// </summary>
    private static async Task<IndexSnapshot> CurrentAsync(AvailabilityIndex index)
    {
        for (var round = 0; round < 10; round++)
        {
            await index.CatchUpAsync();
            if (index.Current is { } current)
            {
                return current;
            }
        }
        throw new InvalidOperationException("The index did not catch up in 10 rounds.");
    }

    private HouseSearchCriteria RandomCriteria(List<DateOnly> boundaries)
    {
        var sort = (HouseSort)random.Next(4);
        int? district = random.Next(5) switch { 0 => null, var other => other };
        int? guests = random.Next(3) == 0 ? random.Next(1, 6) : null;
        long? minPrice = random.Next(4) == 0 ? Price() : null;
        long? maxPrice = random.Next(4) == 0 ? Math.Max(minPrice ?? 0, Price()) : null;
        if (random.Next(4) == 0)
        {
            return new HouseSearchCriteria(district, null, null, sort, guests, minPrice, maxPrice);
        }
        // On a boundary of something taken, or a day either side of one: where an off-by-one would show.
        var checkIn = Max(today, boundaries[random.Next(boundaries.Count)].AddDays(random.Next(-1, 2)));
        var checkOut = random.Next(2) == 0
            ? Max(checkIn.AddDays(1), boundaries[random.Next(boundaries.Count)].AddDays(random.Next(-1, 2)))
            : checkIn.AddDays(random.Next(1, 12));
        return new HouseSearchCriteria(district, checkIn, checkOut, sort, guests, minPrice, maxPrice);
    }

    private static DateOnly Max(DateOnly one, DateOnly other) => one > other ? one : other;

    /// <summary>Few distinct prices, so that many houses tie on it.</summary>
    private long Price() => random.Next(1, 6) * 10_000L;

    private async Task<List<int>> InsertHousesAsync(HomeRentalDbContext db)
    {
        var owner = new User { Phone = AccountSteps.NewPhone(), Username = $"owner-{Guid.NewGuid():N}"[..20] };
        var created = factory.Clock.GetUtcNow().UtcDateTime;
        var houses = Enumerable.Range(0, Houses).Select(_ => new House
        {
            Owner = owner,
            DistrictId = random.Next(1, 5),
            Title = $"Home {random.Next(1000)}",
            PriceCents = Price(),
            Address = "1 Test Road",
            RoomCount = 1,
            AreaSize = 30,
            MaxGuests = random.Next(1, 6),
            BookingCount = random.Next(4),
            MinNights = random.Next(4) == 0 ? random.Next(2, 5) : 1,
            MaxNights = random.Next(4) == 0 ? random.Next(3, 9) : StayRules.NoMaxNights,
            CoverImageUrl = random.Next(8) == 0 ? null : HouseSeed.ListedCover,
        }).ToList();
        db.Houses.AddRange(houses);
        await db.SaveChangesAsync();
        foreach (var house in houses)
        {
            house.CreatedAt = created.AddMinutes(-random.Next(4));
        }
        await db.SaveChangesAsync();
        return [.. houses.Select(house => house.Id)];
    }

    /// <summary>
    /// Orders in every status and blocks, with their check-in and check-out days: orders that hold nights never
    /// overlap on one house (PostgreSQL's constraint), the others and blocks may overlap anything.
    /// </summary>
    private Func<HomeRentalDbContext, Task<List<DateOnly>>> InsertTakenNightsAsync(List<int> houseIds) => async db =>
    {
        var guest = new User { Phone = AccountSteps.NewPhone(), Username = $"guest-{Guid.NewGuid():N}"[..20] };
        var now = factory.Clock.GetUtcNow().UtcDateTime;
        var boundaries = new List<DateOnly>();
        var holding = db.Orders.Where(order => houseIds.Contains(order.HouseId) && NightsHeld.Statuses.Contains(order.Status))
            .Select(order => new { order.HouseId, order.CheckIn, order.CheckOut }).AsEnumerable()
            .GroupBy(order => order.HouseId)
            .ToDictionary(house => house.Key, house => house.Select(order => (order.CheckIn, order.CheckOut)).ToList());
        foreach (var houseId in houseIds)
        {
            var held = holding.GetValueOrDefault(houseId) ?? [];
            for (var i = random.Next(5); i > 0; i--)
            {
                var checkIn = today.AddDays(random.Next(-8, 40));
                var checkOut = checkIn.AddDays(random.Next(1, 8));
                var status = (OrderStatus)random.Next(Enum.GetValues<OrderStatus>().Length);
                var holds = NightsHeld.Statuses.Contains(status);
                if (holds && held.Any(other => other.CheckIn < checkOut && checkIn < other.CheckOut))
                {
                    continue;
                }
                if (holds)
                {
                    held.Add((checkIn, checkOut));
                }
                var waits = status is OrderStatus.Pending or OrderStatus.Unpaid;
                db.Orders.Add(new Order
                {
                    HouseId = houseId,
                    Guest = guest,
                    CheckIn = checkIn,
                    CheckOut = checkOut,
                    Nights = checkOut.DayNumber - checkIn.DayNumber,
                    PricePerNightCents = 10_000,
                    TotalAmountCents = 10_000,
                    Status = status,
                    // Lapsed already, lapsing between the two moments compared, or later than both.
                    ExpiresAt = waits ? now.AddHours(random.Next(3) switch { 0 => -1, 1 => 2, _ => 24 }) : null,
                });
                boundaries.AddRange([checkIn, checkOut]);
            }
            for (var i = random.Next(3); i > 0; i--)
            {
                var checkIn = today.AddDays(random.Next(-3, 40));
                var checkOut = checkIn.AddDays(random.Next(1, 6));
                db.CalendarBlocks.Add(new CalendarBlock { HouseId = houseId, CheckIn = checkIn, CheckOut = checkOut, CreatedAt = now });
                boundaries.AddRange([checkIn, checkOut]);
            }
        }
        await db.SaveChangesAsync();
        return boundaries;
    };

    /// <summary>Moves houses in every sort (price, bookings, district), unlists and lists some, and frees some nights.</summary>
    private Func<HomeRentalDbContext, Task<int>> ChangeSomeAsync(List<int> houseIds) => async db =>
    {
        var houses = db.Houses.Where(house => houseIds.Contains(house.Id)).ToList();
        foreach (var house in houses.Where(_ => random.Next(3) == 0))
        {
            switch (random.Next(5))
            {
                case 0: house.PriceCents = Price(); break;
                case 1: house.BookingCount = random.Next(4); break;
                case 2: house.DistrictId = random.Next(1, 5); break;
                case 3: house.CoverImageUrl = house.CoverImageUrl is null ? HouseSeed.ListedCover : null; break;
                default: house.MaxGuests = random.Next(1, 6); break;
            }
        }
        var blocks = db.CalendarBlocks.Where(block => houseIds.Contains(block.HouseId)).ToList();
        db.CalendarBlocks.RemoveRange(blocks.Where(_ => random.Next(3) == 0));
        return await db.SaveChangesAsync();
    };

    public void Dispose() => factory.Dispose();
}
