using System.Net;
using System.Net.Http.Json;
using HomeRental.Api.Tests.Orders;
using HomeRental.Api.Tests.Support;

namespace HomeRental.Api.Tests.Security;

/// <summary>
/// Every endpoint that acts on somebody's house or order, tried by every other user: each is refused
/// (403, or 404 where an order's existence would leak) and nothing changes.
/// </summary>
public sealed class ObjectAuthorizationTests : IAsyncLifetime
{
    private readonly ClockedHomeRentalFactory factory = new();
    private HttpClient host = null!;
    private HttpClient guest = null!;
    private HttpClient stranger = null!;
    private int houseId;
    private int orderId;

    public async Task InitializeAsync()
    {
        (host, _) = await factory.RegisterHostAsync();
        (guest, _) = await factory.RegisterHostAsync();
        (stranger, _) = await factory.RegisterHostAsync();
        houseId = (await host.CreateHouseAsync()).Id;
        var today = factory.Clock.Today;
        orderId = (await (await guest.BookAsync(houseId, today.AddDays(5), today.AddDays(7))).ReadJsonAsync<OrderBody>(HttpStatusCode.Created)).Id;
    }

    public static TheoryData<string, string, HttpStatusCode, string> Refusals => new()
    {
        { "stranger", "edit house", HttpStatusCode.Forbidden, "forbidden" },
        { "guest", "edit house", HttpStatusCode.Forbidden, "forbidden" },
        { "stranger", "add house image", HttpStatusCode.Forbidden, "forbidden" },
        { "guest", "add house image", HttpStatusCode.Forbidden, "forbidden" },
        { "stranger", "read order", HttpStatusCode.NotFound, "order_not_found" },
        { "stranger", "accept order", HttpStatusCode.NotFound, "order_not_found" },
        { "guest", "accept order", HttpStatusCode.Forbidden, "forbidden" },
        { "stranger", "reject order", HttpStatusCode.NotFound, "order_not_found" },
        { "guest", "reject order", HttpStatusCode.Forbidden, "forbidden" },
        { "stranger", "pay order", HttpStatusCode.NotFound, "order_not_found" },
        { "host", "pay order", HttpStatusCode.Forbidden, "forbidden" },
        { "stranger", "cancel order", HttpStatusCode.NotFound, "order_not_found" },
        { "host", "cancel order", HttpStatusCode.Forbidden, "forbidden" },
        { "stranger", "review order", HttpStatusCode.NotFound, "order_not_found" },
        { "host", "review order", HttpStatusCode.Forbidden, "forbidden" },
    };

    [Theory]
    [MemberData(nameof(Refusals))]
    public async Task Another_user_is_refused_and_nothing_changes(string actor, string action, HttpStatusCode status, string code)
    {
        var houseBefore = await host.GetStringAsync($"/api/v1.0/houses/{houseId}");
        var orderBefore = await guest.GetStringAsync($"/api/v1.0/orders/{orderId}");

        var response = await SendAsync(Client(actor), action);

        await response.ShouldBeProblemAsync(status, code);
        (await host.GetStringAsync($"/api/v1.0/houses/{houseId}")).Should().Be(houseBefore);
        (await guest.GetStringAsync($"/api/v1.0/orders/{orderId}")).Should().Be(orderBefore);
        factory.Payments.Charges.Should().BeEmpty();
        Directory.Exists(Path.Combine(factory.DataDirectory, "uploads", "houses")).Should().BeFalse("a refused upload stores no file");
    }

    [Fact]
    public async Task Lists_of_my_things_show_only_the_callers_own()
    {
        var strangerHouses = await stranger.GetFromJsonAsync<ListBody>("/api/v1.0/users/me/houses");
        var strangerTrips = await stranger.GetFromJsonAsync<ListBody>("/api/v1.0/users/me/orders?role=guest");
        var strangerGuests = await stranger.GetFromJsonAsync<ListBody>("/api/v1.0/users/me/orders?role=host");
        var hostTrips = await host.GetFromJsonAsync<ListBody>("/api/v1.0/users/me/orders?role=guest");

        strangerHouses!.TotalCount.Should().Be(0);
        strangerTrips!.TotalCount.Should().Be(0);
        strangerGuests!.TotalCount.Should().Be(0);
        hostTrips!.TotalCount.Should().Be(0);
        (await host.GetFromJsonAsync<ListBody>("/api/v1.0/users/me/orders?role=host"))!.TotalCount.Should().Be(1);
    }

    private HttpClient Client(string actor) => actor switch
    {
        "host" => host,
        "guest" => guest,
        _ => stranger,
    };

    private Task<HttpResponseMessage> SendAsync(HttpClient client, string action) => action switch
    {
        "edit house" => client.PatchAsJsonAsync($"/api/v1.0/houses/{houseId}", new { title = "Taken over" }),
        "add house image" => client.UploadHouseImageAsync(houseId, HouseSteps.TinyPng),
        "read order" => client.GetAsync($"/api/v1.0/orders/{orderId}"),
        "accept order" => client.AcceptAsync(orderId),
        "reject order" => client.DecideAsync(orderId, "reject", "Not for you"),
        "pay order" => client.PayAsync(orderId),
        "cancel order" => client.CancelAsync(orderId),
        "review order" => client.ReviewAsync(orderId, "Lovely"),
        _ => throw new ArgumentOutOfRangeException(nameof(action), action, null),
    };

    private sealed record ListBody(int TotalCount);

    public Task DisposeAsync()
    {
        factory.Dispose();
        return Task.CompletedTask;
    }
}
