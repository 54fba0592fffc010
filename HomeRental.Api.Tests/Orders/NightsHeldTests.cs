using HomeRental.Api.Data;
using HomeRental.Api.Orders;

namespace HomeRental.Api.Tests.Orders;

public sealed class NightsHeldTests
{
    private static readonly DateTime Now = new(2026, 5, 20, 9, 0, 0, DateTimeKind.Utc);

    [Theory]
    [InlineData("2026-06-01", "2026-06-05", "2026-06-05", "2026-06-08", false)] // b starts on a's check-out day
    [InlineData("2026-06-05", "2026-06-08", "2026-06-01", "2026-06-05", false)] // b ends on a's check-in day
    [InlineData("2026-06-01", "2026-06-05", "2026-06-10", "2026-06-12", false)] // far apart
    [InlineData("2026-06-01", "2026-06-05", "2026-06-04", "2026-06-08", true)] // one shared night
    [InlineData("2026-06-04", "2026-06-08", "2026-06-01", "2026-06-05", true)] // one shared night, the other way
    [InlineData("2026-06-01", "2026-06-10", "2026-06-03", "2026-06-05", true)] // b inside a
    [InlineData("2026-06-03", "2026-06-05", "2026-06-01", "2026-06-10", true)] // a inside b
    [InlineData("2026-06-01", "2026-06-05", "2026-06-01", "2026-06-05", true)] // the same stay
    [InlineData("2026-06-01", "2026-06-05", "2026-06-01", "2026-06-02", true)] // same check-in
    [InlineData("2026-06-01", "2026-06-05", "2026-06-04", "2026-06-05", true)] // same check-out
    public void An_order_holds_a_stay_only_when_they_share_a_night(string aIn, string aOut, string bIn, string bOut, bool overlaps)
    {
        var order = new Order { CheckIn = DateOnly.Parse(aIn), CheckOut = DateOnly.Parse(aOut), Status = OrderStatus.Paid };

        NightsHeld.Between(DateOnly.Parse(bIn), DateOnly.Parse(bOut), Now).Compile()(order).Should().Be(overlaps);
    }

    [Theory]
    [InlineData(OrderStatus.Pending, true)]
    [InlineData(OrderStatus.Unpaid, true)]
    [InlineData(OrderStatus.Paid, true)]
    [InlineData(OrderStatus.ReviewPending, true)]
    [InlineData(OrderStatus.Completed, true)]
    [InlineData(OrderStatus.Cancelled, false)]
    [InlineData(OrderStatus.Rejected, false)]
    public void Only_orders_in_a_status_that_keeps_the_nights_hold_them(OrderStatus status, bool holds)
    {
        var order = new Order { CheckIn = new DateOnly(2026, 6, 1), CheckOut = new DateOnly(2026, 6, 5), Status = status };

        NightsHeld.Between(order.CheckIn, order.CheckOut, Now).Compile()(order).Should().Be(holds);
    }

    [Theory]
    [InlineData(OrderStatus.Pending, -1, false)] // lapsed a minute ago, whether or not the sweep has stored it yet
    [InlineData(OrderStatus.Pending, 0, false)] // lapses at this very moment
    [InlineData(OrderStatus.Pending, 1, true)]
    [InlineData(OrderStatus.Unpaid, -1, false)]
    [InlineData(OrderStatus.Unpaid, 1, true)]
    public void A_request_holds_its_nights_only_until_it_lapses(OrderStatus status, int minutesUntilExpiry, bool holds)
    {
        var order = new Order
        {
            CheckIn = new DateOnly(2026, 6, 1), CheckOut = new DateOnly(2026, 6, 5), Status = status,
            ExpiresAt = Now.AddMinutes(minutesUntilExpiry),
        };

        NightsHeld.Between(order.CheckIn, order.CheckOut, Now).Compile()(order).Should().Be(holds);
    }
}
