using System.Data.Common;
using System.Diagnostics;
using HomeRental.Api.Data;
using HomeRental.Api.Districts;
using HomeRental.Api.Orders;
using HomeRental.Api.Users;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.Extensions.DependencyInjection;

namespace HomeRental.Bench;

/// <summary>
/// Empties the database (drops and creates it), migrates it with the app's own initializer and fills it with users,
/// houses and orders that look like a real site's: a quarter of the users host, any user books houses they do not
/// own, popular districts and houses get more, prices are round, a house's active orders never overlap, past stays
/// are mostly completed and reviewed, and a house's booking count is its paid orders. Same seed, same data, on
/// either provider.
/// </summary>
public static class Seeder
{
    public const int Users = 2_000;

    /// <summary>The last users own no house and book none in the seed: the order-creation benchmark books as them.</summary>
    public const int ReservedGuests = 16;

    /// <summary>Every seeded user's password.</summary>
    public const string Password = "bench-password-1";

    /// <summary>Users 1 to <see cref="Hosts"/> own the houses.</summary>
    private const int Hosts = 500;

    /// <summary>Orders check in from this many days ago to this many days ahead, for at most this many nights.</summary>
    private const int PastDays = 365;
    private const int FutureDays = 180;
    private const int MaxSeededNights = 28;

    public static IEnumerable<int> ReservedGuestIds => Enumerable.Range(Users - ReservedGuests + 1, ReservedGuests);

    public static async Task SeedAsync(IServiceProvider services, int houseCount, int orderCount)
    {
        var stopwatch = Stopwatch.StartNew();
        await using (var scope = services.CreateAsyncScope())
        {
            var creator = scope.ServiceProvider.GetRequiredService<HomeRentalDbContext>().GetService<IRelationalDatabaseCreator>();
            await creator.EnsureDeletedAsync();
            await creator.CreateAsync();
        }
        await DatabaseInitializer.InitializeAsync(services);

        await using var seeding = services.CreateAsyncScope();
        var db = seeding.ServiceProvider.GetRequiredService<HomeRentalDbContext>();
        var passwordHash = HashPassword(db);
        var random = new Random(42);
        var today = StayRules.Today(TimeProvider.System);
        var now = DateTime.UtcNow;
        await db.Database.OpenConnectionAsync();
        var connection = db.Database.GetDbConnection();
        await using var transaction = await connection.BeginTransactionAsync();

        // The database numbers the rows. The tables are fresh, so either provider counts from 1 in the order of the
        // inserts: user and house ids are the loop counters below, as the titles and ReservedGuestIds assume.
        var insertUser = Command(connection, transaction,
            """INSERT INTO "Users" ("Username", "Phone", "RealName", "IdNumber", "AvatarUrl", "CreatedAt", "UpdatedAt", "LoginCount", "PasswordHash") """ +
            "VALUES (@username, @phone, @realName, @idNumber, @avatar, @created, @created, 0, @hash)");
        for (var id = 1; id <= Users; id++)
        {
            var isHost = id <= Hosts;
            await ExecuteAsync(insertUser,
                ("@username", (isHost ? "host" : "guest") + id), ("@phone", $"139{id:D8}"),
                ("@realName", isHost ? $"Host {id}" : null), ("@idNumber", isHost ? HostIdNumber(id) : null),
                ("@avatar", random.Next(3) == 0 ? null : $"/uploads/avatars/seed-{id}.png"),
                ("@created", now.AddDays(-random.Next(400, 1200))), ("@hash", passwordHash));
        }

        var houses = await InsertHousesAsync(connection, transaction, random, houseCount, now);
        var bookings = await InsertOrdersAsync(connection, transaction, random, houses, orderCount, today, now);

        var updateBookings = Command(connection, transaction, """UPDATE "Houses" SET "BookingCount" = @count WHERE "Id" = @id""");
        foreach (var (houseId, count) in bookings)
        {
            await ExecuteAsync(updateBookings, ("@count", count), ("@id", houseId));
        }
        await transaction.CommitAsync();

        var provider = services.GetRequiredService<DatabaseChoice>().Provider;
        Console.WriteLine($"Seeded the {provider} database: {Users} users ({Hosts} hosts), {houseCount} houses, {orderCount} orders in {stopwatch.Elapsed.TotalSeconds:F1} s.");
    }

    /// <summary>
    /// A valid identity number of its own for each host (identity numbers are unique since the UniqueIdentityNumber
    /// migration): born 1949-12-31 in Dongcheng, the host's id as the 3-digit sequence.
    /// </summary>
    private static string HostIdNumber(int hostId)
    {
        var digits = $"11010519491231{hostId:D3}";
        return "0123456789X".Select(check => digits + check).Single(IdentityNumber.IsValid);
    }

    private static async Task<List<SeedHouse>> InsertHousesAsync(
        DbConnection connection, DbTransaction transaction, Random random, int houseCount, DateTime now)
    {
        var insertHouse = Command(connection, transaction,
            """INSERT INTO "Houses" ("OwnerId", "DistrictId", "Title", "PriceCents", "Address", "RoomCount", "AreaSize", "FloorPlan", "MaxGuests",""" +
            """ "BedConfig", "DepositCents", "MinNights", "MaxNights", "BookingCount", "CoverImageUrl", "CreatedAt", "UpdatedAt") """ +
            "VALUES (@owner, @district, @title, @price, @address, @rooms, @area, @plan, @guests, @beds, @deposit, " +
            "@min, @max, 0, @cover, @created, @created)");
        var insertAmenity = Command(connection, transaction, """INSERT INTO "HouseAmenities" ("AmenitiesId", "HousesId") VALUES (@amenity, @house)""");
        var insertImage = Command(connection, transaction,
            """INSERT INTO "HouseImages" ("HouseId", "Url", "CreatedAt", "UpdatedAt") VALUES (@house, @url, @created, @created)""");

        var districts = ReferenceDataSeeder.DistrictNames.Count;
        var amenities = ReferenceDataSeeder.AmenityNames.Count;
        var houses = new List<SeedHouse>(houseCount);
        for (var id = 1; id <= houseCount; id++)
        {
            // The central districts hold more houses than the outer ones.
            var district = 1 + (int)(districts * Math.Pow(random.NextDouble(), 1.6));
            var rooms = 1 + (int)(4 * Math.Pow(random.NextDouble(), 2));
            var minNights = random.Next(10) switch { < 7 => 1, < 9 => 2, _ => random.Next(3, 8) };
            var maxNights = random.Next(10) switch { < 6 => 0, 6 => 7, 7 => 14, 8 => 30, _ => 90 };
            // Older houses first, so ids grow with the creation time like the app's.
            var created = now.AddDays(-1100 + 1100.0 * id / houseCount).AddMinutes(-random.Next(0, 600));
            var images = random.Next(10) == 0 ? 0 : random.Next(1, 6);
            var owner = 1 + random.Next(Hosts);
            await ExecuteAsync(insertHouse,
                ("@owner", owner), ("@district", district),
                ("@title", $"{Adjectives[random.Next(Adjectives.Length)]} {rooms}-room flat in {ReferenceDataSeeder.DistrictNames[district - 1]}"),
                ("@price", (15 + random.Next(0, 186)) * 1000L), ("@address", $"{random.Next(1, 300)} Road No. {id}, {ReferenceDataSeeder.DistrictNames[district - 1]}"),
                ("@rooms", rooms), ("@area", 20 + rooms * random.Next(15, 40)), ("@plan", $"{rooms} bedroom(s), 1 living room"),
                ("@guests", rooms * 2), ("@beds", $"{rooms} double bed(s)"), ("@deposit", random.Next(0, 11) * 10_000L),
                ("@min", minNights), ("@max", maxNights), ("@cover", images == 0 ? null : $"/uploads/houses/seed-{id}-1.jpg"),
                ("@created", created));
            foreach (var amenity in Enumerable.Range(1, amenities).OrderBy(_ => random.Next()).Take(random.Next(3, 11)))
            {
                await ExecuteAsync(insertAmenity, ("@amenity", amenity), ("@house", id));
            }
            for (var image = 1; image <= images; image++)
            {
                await ExecuteAsync(insertImage, ("@house", id), ("@url", $"/uploads/houses/seed-{id}-{image}.jpg"), ("@created", created));
            }
            houses.Add(new SeedHouse(id, owner, minNights, maxNights));
        }
        return houses;
    }

    private static async Task<Dictionary<int, int>> InsertOrdersAsync(
        DbConnection connection, DbTransaction transaction, Random random, List<SeedHouse> houses, int orderCount,
        DateOnly today, DateTime now)
    {
        var insertOrder = Command(connection, transaction,
            """INSERT INTO "Orders" ("GuestId", "HouseId", "CheckIn", "CheckOut", "Nights", "PricePerNightCents", "TotalAmountCents", "Status", "Comment", "ExpiresAt", "CreatedAt", "UpdatedAt") """ +
            "VALUES (@guest, @house, @in, @out, @nights, @price, @total, @status, @comment, @expires, @created, @updated)");
        var booked = new Dictionary<int, List<Order>>();
        var bookings = new Dictionary<int, int>();
        for (var inserted = 0; inserted < orderCount; inserted++)
        {
            // A few houses are far more popular than the rest.
            var house = houses[(int)(houses.Count * Math.Pow(random.NextDouble(), 2.5))];
            var nights = Math.Clamp(house.MinNights + (int)(-3 * Math.Log(1 - random.NextDouble())), house.MinNights,
                house.MaxNights == 0 ? MaxSeededNights : house.MaxNights);
            var checkIn = today.AddDays(random.Next(-PastDays, FutureDays));
            var checkOut = checkIn.AddDays(nights);
            var stays = booked.TryGetValue(house.Id, out var list) ? list : booked[house.Id] = [];
            var free = !stays.Any(NightsHeld.Between(checkIn, checkOut, now).Compile());
            var status = !free
                ? (random.Next(2) == 0 ? OrderStatus.Cancelled : OrderStatus.Rejected)
                : checkOut <= today ? Pick(random, (OrderStatus.Completed, 80), (OrderStatus.ReviewPending, 8), (OrderStatus.Cancelled, 8), (OrderStatus.Rejected, 4))
                : Pick(random, (OrderStatus.Paid, 50), (OrderStatus.Pending, 18), (OrderStatus.Unpaid, 14), (OrderStatus.Cancelled, 12), (OrderStatus.Rejected, 6));
            if (NightsHeld.Statuses.Contains(status))
            {
                stays.Add(new Order { CheckIn = checkIn, CheckOut = checkOut, Status = status });
            }
            if (status is OrderStatus.Paid or OrderStatus.ReviewPending or OrderStatus.Completed)
            {
                bookings[house.Id] = bookings.GetValueOrDefault(house.Id) + 1;
            }

            var price = (15 + random.Next(0, 186)) * 1000L;
            var created = checkIn.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc).AddDays(-random.Next(1, 60));
            var comment = status switch
            {
                OrderStatus.Completed when random.Next(10) < 7 => Comments[random.Next(Comments.Length)],
                OrderStatus.Rejected => "Sorry, the house is not available then.",
                _ => null,
            };
            var updated = status == OrderStatus.Completed ? checkOut.ToDateTime(new TimeOnly(random.Next(8, 23), random.Next(60)), DateTimeKind.Utc) : created;
            await ExecuteAsync(insertOrder,
                ("@guest", PickGuest(random, house.OwnerId)), ("@house", house.Id), ("@in", checkIn), ("@out", checkOut),
                ("@nights", nights), ("@price", price), ("@total", price * nights), ("@status", status.ToString()),
                ("@comment", comment), ("@expires", OrderLapse.ExpiryFor(status, now, new OrderOptions())), ("@created", created < now ? created : now.AddMinutes(-random.Next(1, 10_000))), ("@updated", updated < now ? updated : now));
        }
        return bookings;
    }

    /// <summary>Any user but the house's owner and the reserved guests.</summary>
    private static int PickGuest(Random random, int ownerId)
    {
        while (true)
        {
            var guest = 1 + random.Next(Users - ReservedGuests);
            if (guest != ownerId)
            {
                return guest;
            }
        }
    }

    private static OrderStatus Pick(Random random, params (OrderStatus Status, int Weight)[] choices)
    {
        var roll = random.Next(choices.Sum(choice => choice.Weight));
        foreach (var (status, weight) in choices)
        {
            if ((roll -= weight) < 0)
            {
                return status;
            }
        }
        throw new UnreachableException();
    }

    /// <summary>
    /// The hash of <see cref="Password"/> made by the app's own <see cref="User.SetPassword"/>, read back through the
    /// column EF Core maps, and shared by every user: hashing 2,000 times would add over a minute of seeding, and a sign-in costs one
    /// verification (the hash's iterations) whichever hash it checks, so sharing it changes nothing that is measured.
    /// </summary>
    private static string HashPassword(HomeRentalDbContext db)
    {
        var user = new User();
        user.SetPassword(Password);
        return (string)db.Entry(user).Property(PasswordHashProperty).CurrentValue!;
    }

    // The backing field that UserConfiguration maps to the PasswordHash column.
    private const string PasswordHashProperty = "passwordHash";

    private static DbCommand Command(DbConnection connection, DbTransaction transaction, string sql)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        return command;
    }

    private static Task<int> ExecuteAsync(DbCommand command, params (string Name, object? Value)[] parameters)
    {
        command.Parameters.Clear();
        foreach (var (name, value) in parameters)
        {
            var parameter = command.CreateParameter();
            parameter.ParameterName = name;
            parameter.Value = value ?? DBNull.Value;
            command.Parameters.Add(parameter);
        }
        return command.ExecuteNonQueryAsync();
    }

    private static readonly string[] Adjectives = ["Cosy", "Bright", "Quiet", "Modern", "Spacious", "Charming", "Sunny", "Central"];

    private static readonly string[] Comments =
    [
        "Clean and quiet, exactly as in the photos.", "Great location, the host was very helpful.",
        "A bit small but good value.", "Would stay again!", "The heating was weak at night.", "Lovely view from the balcony.",
    ];

    private sealed record SeedHouse(int Id, int OwnerId, int MinNights, int MaxNights);
}
