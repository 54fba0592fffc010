using System.Net;
using HomeRental.Api.Data;
using HomeRental.Api.Orders;
using HomeRental.Api.Tests.Calendars;
using HomeRental.Api.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace HomeRental.Api.Tests.Orders;

/// <summary>Requests that wait too long lapse the moment they are due, in every answer and for the nights they held.</summary>
public sealed class OrderLapseTests : IAsyncLifetime
{
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
    public async Task An_unanswered_request_is_rejected_after_24_hours_and_its_nights_are_free_at_once()
    {
        var order = await guest.PlaceOrderAsync(houseId, Today.AddDays(3), Today.AddDays(5));
        order.ExpiresAt.Should().Be(order.CreatedAt.AddHours(24));

        factory.Clock.Advance(TimeSpan.FromHours(24) - TimeSpan.FromSeconds(1));
        (await guest.Client.GetOrderAsync(order.Id)).Status.Should().Be("PENDING");
        factory.Clock.Advance(TimeSpan.FromSeconds(1));

        var lapsed = await guest.Client.GetOrderAsync(order.Id);
        (lapsed.Status, lapsed.Comment, lapsed.ExpiresAt, (DateTime?)lapsed.UpdatedAt).Should().Be(("REJECTED", OrderLapse.UnansweredComment, (DateTime?)null, order.ExpiresAt));
        (await host.Client.GetOrderAsync(order.Id)).Should().Be(lapsed);
        await (await host.Client.AcceptAsync(order.Id)).ShouldBeProblemAsync(HttpStatusCode.Conflict, "invalid_order_state");
        await (await guest.Client.CancelAsync(order.Id)).ShouldBeProblemAsync(HttpStatusCode.Conflict, "invalid_order_state");
        (await guest.Client.SearchAsync($"districtId=1&{HouseSteps.Stay(Today.AddDays(3), Today.AddDays(5))}")).Ids().Should().Contain(houseId);
        (await guest.Client.UnavailableAsync(houseId, Today, Today.AddDays(30))).Should().BeEmpty();
        var second = await (await factory.NewPersonAsync()).PlaceOrderAsync(houseId, Today.AddDays(3), Today.AddDays(5));
        second.Status.Should().Be("PENDING", "the lapsed request no longer holds the nights, on PostgreSQL's constraint too");
        (await StoredAsync(order.Id)).Should().Be((OrderStatus.Rejected, OrderLapse.UnansweredComment, null, order.ExpiresAt!.Value),
            "the booking stores the lapse of the request it replaces");
    }

    [Fact]
    public async Task An_accepted_order_not_paid_within_24_hours_is_cancelled_and_cannot_be_paid()
    {
        var order = await guest.PlaceOrderAsync(houseId, Today.AddDays(3), Today.AddDays(5));
        factory.Clock.Advance(TimeSpan.FromHours(23));
        var accepted = await (await host.Client.AcceptAsync(order.Id)).ReadJsonAsync<OrderBody>();
        accepted.ExpiresAt.Should().Be(accepted.UpdatedAt.AddHours(24), "the guest has a day to pay from the acceptance");

        factory.Clock.Advance(TimeSpan.FromHours(24));

        var lapsed = await guest.Client.GetOrderAsync(order.Id);
        (lapsed.Status, lapsed.Comment, lapsed.ExpiresAt).Should().Be(("CANCELLED", OrderLapse.UnpaidComment, null));
        await (await guest.Client.PayAsync(order.Id)).ShouldBeProblemAsync(HttpStatusCode.Conflict, "invalid_order_state");
        factory.Payments.Charges.Should().BeEmpty();
        var listed = await (await guest.Client.GetAsync("/api/v1.0/users/me/orders")).ReadJsonAsync<OrderPageBody>();
        listed.Items.Single().Should().Be(lapsed);
    }

    [Fact]
    public async Task Orders_that_no_longer_wait_carry_no_expiry()
    {
        var order = await guest.PlaceOrderAsync(houseId, Today.AddDays(3), Today.AddDays(5));
        await host.Client.AcceptAsync(order.Id);

        var paid = await (await guest.Client.PayAsync(order.Id)).ReadJsonAsync<OrderBody>();
        var other = await guest.PlaceOrderAsync(houseId, Today.AddDays(10), Today.AddDays(12));
        var cancelled = await (await guest.Client.CancelAsync(other.Id)).ReadJsonAsync<OrderBody>();

        (paid.Status, paid.ExpiresAt).Should().Be(("PAID", null));
        (cancelled.Status, cancelled.ExpiresAt).Should().Be(("CANCELLED", null));
        factory.Clock.Advance(TimeSpan.FromDays(3));
        (await guest.Client.GetOrderAsync(paid.Id)).Status.Should().Be("PAID");
    }

    [Fact]
    public async Task The_sweep_stores_each_lapse_with_its_own_status_comment_and_time()
    {
        var unpaid = await guest.PlaceOrderAsync(houseId, Today.AddDays(10), Today.AddDays(12));
        var accepted = await (await host.Client.AcceptAsync(unpaid.Id)).ReadJsonAsync<OrderBody>();
        factory.Clock.Advance(TimeSpan.FromHours(1));
        var unanswered = await guest.PlaceOrderAsync(houseId, Today.AddDays(3), Today.AddDays(5));
        factory.Clock.Advance(TimeSpan.FromHours(1));
        var waiting = await guest.PlaceOrderAsync(houseId, Today.AddDays(20), Today.AddDays(22));
        var sweep = factory.Services.GetServices<IHostedService>().OfType<OrderLapseSweep>().Single();

        factory.Clock.Advance(TimeSpan.FromHours(23));
        (await sweep.RunDueAsync(CancellationToken.None)).Should().BeGreaterThan(TimeSpan.Zero);

        (await StoredAsync(unanswered.Id)).Should().Be((OrderStatus.Rejected, OrderLapse.UnansweredComment, null, unanswered.ExpiresAt!.Value));
        (await StoredAsync(unpaid.Id)).Should().Be((OrderStatus.Cancelled, OrderLapse.UnpaidComment, null, accepted.ExpiresAt!.Value));
        (await StoredAsync(waiting.Id)).Should().Be((OrderStatus.Pending, null, waiting.ExpiresAt, waiting.UpdatedAt),
            "it has an hour left");
    }

    [Fact]
    public async Task The_sweep_stores_lapses_and_search_sees_the_nights_free()
    {
        await guest.PlaceOrderAsync(houseId, Today.AddDays(3), Today.AddDays(5));
        var search = $"districtId=1&{HouseSteps.Stay(Today.AddDays(3), Today.AddDays(5))}";
        (await guest.Client.SearchAsync(search)).Ids().Should().NotContain(houseId);
        var sweep = factory.Services.GetServices<IHostedService>().OfType<OrderLapseSweep>().Single();
        (await sweep.RunDueAsync(CancellationToken.None)).Should().BeGreaterThan(TimeSpan.FromSeconds(50), "nothing is due for a day");

        factory.Clock.Advance(TimeSpan.FromHours(25));
        await sweep.RunDueAsync(CancellationToken.None);

        (await factory.WithDbAsync(db => db.Orders.SingleAsync())).Status.Should().Be(OrderStatus.Rejected);
        (await guest.Client.SearchAsync(search)).Ids().Should().Contain(houseId);
    }

    [Fact]
    public async Task The_times_to_answer_and_to_pay_are_settings()
    {
        using var configured = new ClockedHomeRentalFactory();
        configured.WithSetting("Orders:PendingHours", "2").WithSetting("Orders:UnpaidHours", "1");
        var owner = await configured.NewPersonAsync();
        var booker = await configured.NewPersonAsync();
        var house = await configured.AddHouseAsync(owner);
        var today = configured.Clock.Today;

        var order = await booker.PlaceOrderAsync(house, today.AddDays(1), today.AddDays(2));
        var accepted = await (await owner.Client.AcceptAsync(order.Id)).ReadJsonAsync<OrderBody>();

        order.ExpiresAt.Should().Be(order.CreatedAt.AddHours(2));
        accepted.ExpiresAt.Should().Be(accepted.UpdatedAt.AddHours(1));
    }

    [Theory]
    [InlineData("Orders:PendingHours", "0")]
    [InlineData("Orders:MaxNights", "-1")]
    public void A_setting_that_makes_no_sense_stops_the_start(string key, string value)
    {
        using var misconfigured = new HomeRentalFactory().WithSetting(key, value);

        var start = () => misconfigured.CreateClient();

        start.Should().Throw<Exception>().Which.ToString().Should().Contain("Orders:PendingHours, UnpaidHours, MaxNights and BookingHorizonDays");
    }

    private async Task<(OrderStatus, string?, DateTime?, DateTime)> StoredAsync(int orderId)
    {
        var order = await factory.WithDbAsync(db => db.Orders.AsNoTracking().SingleAsync(order => order.Id == orderId));
        return (order.Status, order.Comment, order.ExpiresAt, order.UpdatedAt);
    }

    public Task DisposeAsync() => factory.DisposeAsync().AsTask();
}
