using System.Net;
using System.Net.Http.Json;
using HomeRental.Api.Data;
using HomeRental.Api.Houses;
using HomeRental.Api.Tests.Support;
using HomeRental.Api.Users;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace HomeRental.Api.Tests.Orders;

/// <summary>A registered, signed-in person and the client that acts for them.</summary>
public sealed record Person(HttpClient Client, UserProfile Profile)
{
    public int Id => Profile.Id;
}

/// <summary>An order as the API writes it, dates and status as their JSON strings.</summary>
public sealed record OrderBody(
    int Id,
    OrderHouseBody House,
    OrderGuestBody Guest,
    string CheckIn,
    string CheckOut,
    int Nights,
    int Guests,
    long PricePerNightCents,
    long TotalAmountCents,
    string Status,
    string? Notes,
    string? Comment,
    DateTime? ExpiresAt,
    DateTime CreatedAt,
    DateTime UpdatedAt);

public sealed record OrderHouseBody(int Id, string Title, string? CoverImageUrl);

public sealed record OrderGuestBody(int Id, string Username);

public sealed record OrderPageBody(List<OrderBody> Items, int Page, int PageSize, int TotalCount, int TotalPages);

/// <summary>The steps of booking through the API, plus house rows inserted directly for an owner who needs no verified identity.</summary>
public static class OrderSteps
{
    public const long PriceCents = 35_000;

    public static async Task<Person> NewPersonAsync(this HomeRentalFactory factory)
    {
        var client = factory.CreateApiClient();
        return new Person(client, await factory.RegisterAsync(client));
    }

    /// <summary>Inserts a house owned by <paramref name="owner"/> in district 1 and answers its id.</summary>
    public static Task<int> AddHouseAsync(this HomeRentalFactory factory, Person owner,
        long priceCents = PriceCents, int minNights = 1, int maxNights = 0) =>
        factory.ChangeDbAsync(async db =>
        {
            var house = new House
            {
                OwnerId = owner.Id,
                DistrictId = 1,
                Title = "Courtyard flat near the lake",
                PriceCents = priceCents,
                Address = "12 Lake Lane",
                RoomCount = 2,
                AreaSize = 60,
                FloorPlan = "2 rooms, 1 hall",
                MaxGuests = 3,
                BedConfig = "1 double bed, 1 sofa bed",
                DepositCents = 50_000,
                MinNights = minNights,
                MaxNights = maxNights,
                CoverImageUrl = "/uploads/houses/cover.jpg",
            };
            db.Houses.Add(house);
            await db.SaveChangesAsync();
            return house.Id;
        });

    public static Task<int> BookingCountAsync(this HomeRentalFactory factory, int houseId) =>
        factory.WithDbAsync(db => db.Houses.Where(house => house.Id == houseId).Select(house => house.BookingCount).SingleAsync());

    /// <summary>How many changes of the house are recorded for the availability indexes of every instance.</summary>
    public static Task<int> HouseChangeCountAsync(this HomeRentalFactory factory, int houseId) =>
        factory.WithDbAsync(db => db.HouseChanges.CountAsync(change => change.HouseId == houseId));

    public static Task<HttpResponseMessage> BookAsync(this HttpClient client, int houseId, DateOnly checkIn, DateOnly checkOut, string? notes = null) =>
        client.PostAsJsonAsync("/api/v1.0/orders", new { houseId, checkIn = Iso(checkIn), checkOut = Iso(checkOut), notes });

    /// <summary>Books and expects success.</summary>
    public static async Task<OrderBody> PlaceOrderAsync(this Person guest, int houseId, DateOnly checkIn, DateOnly checkOut) =>
        await (await guest.Client.BookAsync(houseId, checkIn, checkOut)).ReadJsonAsync<OrderBody>(HttpStatusCode.Created);

    public static Task<HttpResponseMessage> DecideAsync(this HttpClient client, int orderId, string action, string? reason = null) =>
        client.PutAsJsonAsync($"/api/v1.0/orders/{orderId}/status", new { action, reason });

    public static Task<HttpResponseMessage> AcceptAsync(this HttpClient client, int orderId) => client.DecideAsync(orderId, "accept");

    public static Task<HttpResponseMessage> PayAsync(this HttpClient client, int orderId) =>
        client.PostAsync($"/api/v1.0/orders/{orderId}/payment", null);

    public static Task<HttpResponseMessage> CancelAsync(this HttpClient client, int orderId) =>
        client.PostAsync($"/api/v1.0/orders/{orderId}/cancellation", null);

    public static Task<HttpResponseMessage> ReviewAsync(this HttpClient client, int orderId, string? comment) =>
        client.PutAsJsonAsync($"/api/v1.0/orders/{orderId}/review", new { comment });

    public static async Task<OrderBody> GetOrderAsync(this HttpClient client, int orderId) =>
        await (await client.GetAsync($"/api/v1.0/orders/{orderId}")).ReadJsonAsync<OrderBody>();

    public static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd");
}
