using System.Net;
using HomeRental.Api.Tests.Support;

namespace HomeRental.Api.Tests.Orders;

public sealed class OrderListTests : IAsyncLifetime
{
    private const string Mine = "/api/v1.0/users/me/orders";

    private readonly ClockedHomeRentalFactory factory = new();
    private Person host = null!;
    private Person guest = null!;
    private int houseId;

    private DateOnly Today => factory.Clock.Today;

    public async Task InitializeAsync()
    {
        host = await factory.NewPersonAsync();
        guest = await factory.NewPersonAsync();
        houseId = await factory.AddHouseAsync(host);
    }

    [Fact]
    public async Task The_guest_sees_the_orders_they_made_newest_first_and_the_host_those_they_received()
    {
        var otherGuest = await factory.NewPersonAsync();
        var first = await guest.PlaceOrderAsync(houseId, Today.AddDays(1), Today.AddDays(2));
        factory.Clock.Advance(TimeSpan.FromMinutes(1));
        var second = await guest.PlaceOrderAsync(houseId, Today.AddDays(2), Today.AddDays(3));
        factory.Clock.Advance(TimeSpan.FromMinutes(1));
        var third = await otherGuest.PlaceOrderAsync(houseId, Today.AddDays(3), Today.AddDays(4));

        var asGuest = await ListAsync(guest.Client, "?role=guest");
        var byDefault = await ListAsync(guest.Client, "");
        var asHost = await ListAsync(host.Client, "?role=host");
        var hostAsGuest = await ListAsync(host.Client, "?role=guest");

        asGuest.Items.Select(order => order.Id).Should().Equal(second.Id, first.Id);
        asGuest.Should().BeEquivalentTo(new { Page = 1, PageSize = 10, TotalCount = 2, TotalPages = 1 });
        asGuest.Items[0].Should().BeEquivalentTo(second);
        byDefault.Should().BeEquivalentTo(asGuest, "the role is guest unless the caller asks for host");
        asHost.Items.Select(order => order.Id).Should().Equal(third.Id, second.Id, first.Id);
        asHost.Items[0].Guest.Should().Be(new OrderGuestBody(otherGuest.Id, otherGuest.Profile.Username));
        asHost.Items[0].House.Should().Be(new OrderHouseBody(houseId, "Courtyard flat near the lake", "/uploads/houses/cover.jpg"));
        hostAsGuest.Items.Should().BeEmpty();
        hostAsGuest.TotalCount.Should().Be(0);
        hostAsGuest.TotalPages.Should().Be(0);
    }

    [Fact]
    public async Task Orders_made_at_the_same_moment_are_ordered_by_id_descending()
    {
        var ids = new List<int>();
        for (var day = 1; day <= 3; day++)
        {
            ids.Add((await guest.PlaceOrderAsync(houseId, Today.AddDays(day), Today.AddDays(day + 1))).Id);
        }

        var page = await ListAsync(guest.Client, "");

        page.Items.Select(order => order.Id).Should().Equal(Enumerable.Reverse(ids));
    }

    [Fact]
    public async Task Pages_split_the_list_and_a_page_beyond_the_end_is_empty_with_the_true_totals()
    {
        var ids = new List<int>();
        for (var day = 1; day <= 5; day++)
        {
            ids.Add((await guest.PlaceOrderAsync(houseId, Today.AddDays(day), Today.AddDays(day + 1))).Id);
            factory.Clock.Advance(TimeSpan.FromSeconds(1));
        }
        ids.Reverse();

        var firstPage = await ListAsync(guest.Client, "?page=1&pageSize=2");
        var lastPage = await ListAsync(guest.Client, "?page=3&pageSize=2");
        var beyond = await ListAsync(guest.Client, "?page=4&pageSize=2");
        var farBeyond = await ListAsync(guest.Client, $"?page={int.MaxValue}&pageSize=50");

        firstPage.Should().BeEquivalentTo(new { Page = 1, PageSize = 2, TotalCount = 5, TotalPages = 3 });
        firstPage.Items.Select(order => order.Id).Should().Equal(ids[0], ids[1]);
        lastPage.Items.Select(order => order.Id).Should().Equal(ids[4]);
        beyond.Items.Should().BeEmpty();
        beyond.Should().BeEquivalentTo(new { Page = 4, PageSize = 2, TotalCount = 5, TotalPages = 3 });
        farBeyond.Items.Should().BeEmpty();
        farBeyond.TotalCount.Should().Be(5);
    }

    [Fact]
    public async Task The_list_shows_a_finished_paid_stay_as_review_pending()
    {
        var order = await guest.PlaceOrderAsync(houseId, Today.AddDays(1), Today.AddDays(2));
        (await host.Client.AcceptAsync(order.Id)).StatusCode.Should().Be(HttpStatusCode.OK);
        (await guest.Client.PayAsync(order.Id)).StatusCode.Should().Be(HttpStatusCode.OK);
        var before = await ListAsync(guest.Client, "");

        factory.Clock.Advance(TimeSpan.FromDays(2));

        before.Items.Single().Status.Should().Be("PAID");
        (await ListAsync(guest.Client, "")).Items.Single().Status.Should().Be("REVIEW_PENDING");
        (await ListAsync(host.Client, "?role=host")).Items.Single().Status.Should().Be("REVIEW_PENDING");
    }

    [Theory]
    [InlineData("?role=owner", "role")]
    [InlineData("?role=Host", "role")]
    [InlineData("?role=", "role")]
    [InlineData("?page=0", "page")]
    [InlineData("?page=-1", "page")]
    [InlineData("?page=abc", "page")]
    [InlineData("?pageSize=0", "pageSize")]
    [InlineData("?pageSize=51", "pageSize")]
    [InlineData("?pageSize=ten", "pageSize")]
    public async Task A_bad_query_is_a_validation_problem_naming_the_parameter(string query, string field)
    {
        var response = await guest.Client.GetAsync(Mine + query);

        var problem = await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest, "validation_failed");
        problem.GetProperty("errors").TryGetProperty(field, out _).Should().BeTrue(problem.ToString());
    }

    [Fact]
    public async Task The_list_needs_a_session()
    {
        var response = await factory.CreateApiClient().GetAsync(Mine);

        await response.ShouldBeProblemAsync(HttpStatusCode.Unauthorized, "not_signed_in");
    }

    private static async Task<OrderPageBody> ListAsync(HttpClient client, string query) =>
        await (await client.GetAsync(Mine + query)).ReadJsonAsync<OrderPageBody>();

    public Task DisposeAsync() => factory.DisposeAsync().AsTask();
}
