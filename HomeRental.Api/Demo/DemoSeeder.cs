using HomeRental.Api.Data;
using HomeRental.Api.Houses;
using HomeRental.Api.Infrastructure.Storage;
using HomeRental.Api.Orders;
using HomeRental.Api.Users;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace HomeRental.Api.Demo;

/// <summary>
/// Fills an empty database with a living demo in Development (unless <c>Demo:Seed=false</c>): hosts and guests with
/// avatars, homes in every district with their own photos and descriptions, past stays with reviews, a request
/// waiting for its host and an accepted order waiting for payment. Never outside Development, never on a database
/// that has an account.
/// </summary>
public static class DemoSeeder
{
    private const int HomeCount = 32;

    public static async Task SeedIfEmptyAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        var db = services.GetRequiredService<HomeRentalDbContext>();
        if (!services.GetRequiredService<IHostEnvironment>().IsDevelopment()
            || !services.GetRequiredService<IOptions<DemoOptions>>().Value.Seed
            || await db.Users.AnyAsync(cancellationToken))
        {
            return;
        }
        var uploads = services.GetRequiredService<ImageUploads>();
        var clock = services.GetRequiredService<TimeProvider>();
        var orderOptions = services.GetRequiredService<IOptions<OrderOptions>>().Value;

        var people = new List<User>();
        foreach (var person in DemoData.People)
        {
            var user = new User
            {
                Phone = person.Phone,
                Username = person.Username,
                RealName = person.RealName,
                IdNumber = person.IdNumber,
                AvatarUrl = await SaveAsync(uploads, Avatar.Create(person.AvatarColour, new Rgb(250, 246, 240)), UserEndpoints.AvatarFolder, cancellationToken),
            };
            user.SetPassword(DemoData.Password);
            people.Add(user);
        }
        db.Users.AddRange(people);
        var hosts = people.Where((_, index) => DemoData.People[index].IsHost).ToList();
        var guests = people.Except(hosts).ToList();

        var districts = await db.Districts.OrderBy(district => district.Id).ToListAsync(cancellationToken);
        var amenities = await db.Amenities.OrderBy(amenity => amenity.Id).ToListAsync(cancellationToken);
        // Painted pixel by pixel: in parallel, the first start waits a few seconds less.
        var photos = Enumerable.Range(0, HomeCount).AsParallel().AsOrdered().Select(Photos).ToList();
        var houses = new List<House>();
        for (var number = 0; number < HomeCount; number++)
        {
            houses.Add(await NewHomeAsync(number, hosts[number % hosts.Count], districts[number % districts.Count], amenities, photos[number],
                uploads, cancellationToken));
        }
        db.Houses.AddRange(houses);

        var today = StayRules.Today(clock);
        var now = clock.UtcNow();
        var reviewed = new List<(Order Order, DateTime ReviewedAt)>();
        for (var number = 0; number < HomeCount; number += 2)
        {
            var checkIn = today.AddDays(-20 - number * 3);
            var stay = Order(houses[number], guests[number % guests.Count], checkIn, checkIn.AddDays(2 + number % 3), OrderStatus.Completed);
            stay.Comment = DemoData.Reviews[number % DemoData.Reviews.Count];
            houses[number].BookingCount += 1 + number % 4;
            reviewed.Add((stay, stay.CheckOut.ToDateTime(new TimeOnly(19, 30), DateTimeKind.Utc)));
        }
        var toPay = Order(houses[1], guests.Single(guest => guest.Phone == DemoData.GuestWithOrderToPay), today.AddDays(14), today.AddDays(17), OrderStatus.Unpaid);
        toPay.ExpiresAt = OrderLapse.ExpiryFor(OrderStatus.Unpaid, now, orderOptions);
        var request = Order(houses[0], guests[1], today.AddDays(21), today.AddDays(24), OrderStatus.Pending);
        request.Notes = "We are two adults and arrive by train in the afternoon.";
        request.ExpiresAt = OrderLapse.ExpiryFor(OrderStatus.Pending, now, orderOptions);
        db.Orders.AddRange(reviewed.Select(stay => stay.Order).Append(toPay).Append(request));
        await db.SaveChangesAsync(cancellationToken);
        services.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(DemoSeeder))
            .LogInformation("The empty database was filled with the demo: {Homes} homes and {People} accounts, named in the README.",
                houses.Count, people.Count);

        // Past stays were asked for weeks before, and a review's time is its order's last change: both set after
        // saving, which stamps every row with now.
        foreach (var (order, reviewedAt) in reviewed)
        {
            var requestedAt = order.CheckIn.AddDays(-14).ToDateTime(new TimeOnly(10, 0), DateTimeKind.Utc);
            await db.Orders.Where(stored => stored.Id == order.Id)
                .ExecuteUpdateAsync(stored => stored.SetProperty(o => o.CreatedAt, requestedAt).SetProperty(o => o.UpdatedAt, reviewedAt),
                    cancellationToken);
        }
    }

    private static async Task<House> NewHomeAsync(int number, User host, District district, List<Amenity> amenities, byte[][] photos,
        ImageUploads uploads, CancellationToken cancellationToken)
    {
        var priceCents = (200 + number * 37 % 12 * 80) * 100L;
        var house = new House
        {
            Owner = host,
            District = district,
            Title = $"{DemoData.Kinds[number % DemoData.Kinds.Count]} {DemoData.Touches[number % DemoData.Touches.Count]}",
            Description = $"{DemoData.Openings[number % DemoData.Openings.Count]}\n\n{DemoData.Details[number * 3 % DemoData.Details.Count]}",
            PriceCents = priceCents,
            Address = $"{10 + number * 7} {district.Name} Road",
            RoomCount = 1 + number % 4,
            AreaSize = 35 + number * 13 % 90,
            FloorPlan = $"{1 + number % 4} rooms, 1 hall",
            MaxGuests = 2 + number % 5,
            BedConfig = number % 3 == 0 ? "1 double bed, 1 sofa bed" : "1 double bed",
            DepositCents = number % 3 == 0 ? 0 : priceCents,
            MinNights = 1 + number % 3,
            Amenities = amenities.Where((_, index) => (index + number) % 3 != 0).ToList(),
        };
        foreach (var photo in photos)
        {
            var url = await SaveAsync(uploads, photo, HouseImages.ImageFolder, cancellationToken);
            house.Images.Add(new HouseImage { Url = url });
            house.CoverImageUrl ??= url;
        }
        return house;
    }

    /// <summary>Two photos of home <paramref name="number"/>, each of its own colours and composition: no two homes look alike.</summary>
    private static byte[][] Photos(int number) =>
    [
        HousePicture.Create(DemoData.Palettes[number % DemoData.Palettes.Count], 0.25 + number % 7 * 0.08, width: 800, height: 533),
        HousePicture.Create(DemoData.Palettes[(number + 2) % DemoData.Palettes.Count], 0.75 - number % 7 * 0.08, width: 800, height: 533),
    ];

    private static Order Order(House house, User guest, DateOnly checkIn, DateOnly checkOut, OrderStatus status)
    {
        var nights = checkOut.DayNumber - checkIn.DayNumber;
        return new Order
        {
            House = house,
            Guest = guest,
            CheckIn = checkIn,
            CheckOut = checkOut,
            Nights = nights,
            Guests = Math.Min(2, house.MaxGuests),
            PricePerNightCents = house.PriceCents,
            TotalAmountCents = StayRules.TotalCents(nights, house.PriceCents),
            Status = status,
        };
    }

    private static async Task<string> SaveAsync(ImageUploads uploads, byte[] png, string folder, CancellationToken cancellationToken)
    {
        using var content = new MemoryStream(png);
        return await uploads.SaveAsync(content, folder, "png", cancellationToken);
    }
}
