using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using HomeRental.Api.Data;
using HomeRental.Api.Houses;
using HomeRental.Api.Infrastructure.Paging;
using HomeRental.Api.Orders;
using HomeRental.Api.Users;
using Microsoft.Extensions.DependencyInjection;

namespace HomeRental.Api.Tests.Support;

/// <summary>Hosts, houses and orders for the house tests: through the API where that is the point, straight into the database where it is set-up.</summary>
public static class HouseSteps
{
    public const string ValidIdNumber = "11010519491231002X";

    private static int issuedIdNumbers;

    /// <summary>A valid identity number that no other test host has: each number verifies one account only.</summary>
    public static string NewIdNumber()
    {
        var issued = Interlocked.Increment(ref issuedIdNumbers);
        var birthDate = new DateOnly(1950, 1, 1).AddDays(issued / 1000);
        var digits = $"110105{birthDate:yyyyMMdd}{issued % 1000:D3}";
        return "0123456789X".Select(check => digits + check).Single(IdentityNumber.IsValid);
    }

    public static readonly byte[] TinyPng = Convert.FromBase64String(
        "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==");

    /// <summary>A valid body for POST /houses; change or remove members to make it invalid.</summary>
    public static JsonObject NewHouseBody() => new()
    {
        ["title"] = "Sunny flat by the park",
        ["priceCents"] = 35_000,
        ["districtId"] = 3,
        ["address"] = "12 Park Road, Chaoyang",
        ["roomCount"] = 2,
        ["areaSize"] = 65,
        ["floorPlan"] = "2 bedrooms, 1 living room",
        ["maxGuests"] = 4,
        ["bedConfig"] = "1 double bed, 2 single beds",
        ["depositCents"] = 50_000,
        ["minNights"] = 1,
        ["maxNights"] = 0,
        ["amenityIds"] = new JsonArray(1, 3),
    };

    /// <summary>A new signed-in client whose account has a verified identity.</summary>
    public static async Task<(HttpClient Client, UserProfile Host)> RegisterHostAsync(this HomeRentalFactory factory)
    {
        var client = factory.CreateApiClient();
        var host = await factory.RegisterAsync(client);
        var verified = await client.PutAsJsonAsync("/api/v1.0/users/me/identity", new { realName = "Zhang San", idNumber = NewIdNumber() });
        verified.StatusCode.Should().Be(HttpStatusCode.OK, await verified.Content.ReadAsStringAsync());
        return (client, host);
    }

    public static async Task<HouseDetail> CreateHouseAsync(this HttpClient client, JsonObject? body = null)
    {
        var response = await client.PostAsJsonAsync("/api/v1.0/houses", body ?? NewHouseBody());
        return await response.ReadJsonAsync<HouseDetail>(HttpStatusCode.Created);
    }

    public static Task<HttpResponseMessage> UploadHouseImageAsync(this HttpClient client, int houseId, byte[] bytes, string field = "image")
    {
        var file = new ByteArrayContent(bytes);
        file.Headers.ContentType = new MediaTypeHeaderValue("image/png");
        var content = new MultipartFormDataContent { { file, field, "photo.png" } };
        return client.PostAsync($"/api/v1.0/houses/{houseId}/images", content);
    }

    public static Task<HouseDetail> GetHouseAsync(this HttpClient client, int id) =>
        client.GetFromJsonAsync<HouseDetail>($"/api/v1.0/houses/{id}")!;

    public static async Task<PagedList<HouseSummary>> SearchAsync(this HttpClient client, string query) =>
        await (await client.GetAsync($"/api/v1.0/houses?{query}")).ReadJsonAsync<PagedList<HouseSummary>>();

    public static string Stay(DateOnly checkIn, DateOnly checkOut) => $"checkIn={checkIn:yyyy-MM-dd}&checkOut={checkOut:yyyy-MM-dd}";

    /// <summary>Inserts a user straight into the database, for owners and guests that never call the API.</summary>
    public static Task<User> InsertUserAsync(this HomeRentalFactory factory, string? username = null) =>
        factory.WithDbAsync(async db =>
        {
            var user = new User { Phone = AccountSteps.NewPhone(), Username = username ?? $"user-{Guid.NewGuid():N}"[..20] };
            db.Users.Add(user);
            await db.SaveChangesAsync();
            return user;
        });

    /// <summary>Inserts houses of one new owner in one save (so they share a creation time unless the seed gives one); answers their ids in order.</summary>
    public static Task<List<int>> InsertHousesAsync(this HomeRentalFactory factory, params HouseSeed[] seeds) =>
        factory.ChangeDbAsync(async db =>
        {
            var owner = new User { Phone = AccountSteps.NewPhone(), Username = $"owner-{Guid.NewGuid():N}"[..20] };
            var houses = seeds.Select(seed => new House
            {
                Owner = owner,
                DistrictId = seed.DistrictId,
                Title = seed.Title,
                PriceCents = seed.PriceCents,
                Address = "1 Test Road",
                RoomCount = 1,
                AreaSize = 30,
                MaxGuests = seed.MaxGuests,
                BookingCount = seed.BookingCount,
                MinNights = seed.MinNights,
                MaxNights = seed.MaxNights,
                CoverImageUrl = seed.CoverImageUrl,
            }).ToList();
            db.Houses.AddRange(houses);
            await db.SaveChangesAsync();
            foreach (var (house, seed) in houses.Zip(seeds))
            {
                house.CreatedAt = seed.CreatedAt ?? house.CreatedAt;
            }
            await db.SaveChangesAsync();
            return houses.Select(house => house.Id).ToList();
        });

    /// <summary>Inserts an order row directly, in any status, for tests of house reads; the guest is new unless given.</summary>
    public static Task<int> InsertOrderAsync(
        this HomeRentalFactory factory, int houseId, DateOnly checkIn, DateOnly checkOut, OrderStatus status,
        string? comment = null, int? guestId = null) =>
        factory.ChangeDbAsync(async db =>
        {
            var nights = checkOut.DayNumber - checkIn.DayNumber;
            var order = new Order
            {
                HouseId = houseId,
                CheckIn = checkIn,
                CheckOut = checkOut,
                Nights = nights,
                PricePerNightCents = 10_000,
                TotalAmountCents = nights * 10_000L,
                Status = status,
                Comment = comment,
            };
            if (guestId is { } id)
            {
                order.GuestId = id;
            }
            else
            {
                order.Guest = new User { Phone = AccountSteps.NewPhone(), Username = $"guest-{Guid.NewGuid():N}"[..20] };
            }
            db.Orders.Add(order);
            await db.SaveChangesAsync();
            return order.Id;
        });

    /// <summary>Reads what the house cache keeps: the detail, the searches of districts 2 and 3, and the featured list.</summary>
    public static async Task ReadEverythingCachedAsync(this HttpClient reader, int houseId)
    {
        await reader.GetHouseAsync(houseId);
        await reader.SearchAsync("districtId=2");
        await reader.SearchAsync("districtId=3");
        (await reader.GetAsync("/api/v1.0/houses/featured")).EnsureSuccessStatusCode();
    }

    public static List<int> Ids(this PagedList<HouseSummary> page) => page.Items.Select(house => house.Id).ToList();
}

public sealed record HouseSeed(
    int DistrictId = 1,
    long PriceCents = 10_000,
    int BookingCount = 0,
    int MinNights = 1,
    int MaxNights = 0,
    string? CoverImageUrl = HouseSeed.ListedCover,
    DateTime? CreatedAt = null,
    string Title = "Test house",
    int MaxGuests = 2)
{
    /// <summary>A cover, so that the house is listed: search and featured leave out homes without a photo.</summary>
    public const string ListedCover = "/uploads/houses/cover.jpg";
}
