using HomeRental.Api.Data;
using HomeRental.Api.Orders;

namespace HomeRental.Api.Tests.Orders;

public class OrderTransitionsTests
{
    // The whole life cycle as API.md describes it; every pair not listed here must be refused.
    private static readonly Dictionary<(OrderStatus, OrderAction), OrderStatus> Expected = new()
    {
        [(OrderStatus.Pending, OrderAction.Accept)] = OrderStatus.Unpaid,
        [(OrderStatus.Pending, OrderAction.Reject)] = OrderStatus.Rejected,
        [(OrderStatus.Pending, OrderAction.Cancel)] = OrderStatus.Cancelled,
        [(OrderStatus.Unpaid, OrderAction.Pay)] = OrderStatus.Paid,
        [(OrderStatus.Unpaid, OrderAction.Cancel)] = OrderStatus.Cancelled,
        [(OrderStatus.ReviewPending, OrderAction.Review)] = OrderStatus.Completed,
    };

    public static TheoryData<OrderStatus, OrderAction, OrderStatus?> EveryStatusAndAction()
    {
        var data = new TheoryData<OrderStatus, OrderAction, OrderStatus?>();
        foreach (var status in Enum.GetValues<OrderStatus>())
        {
            foreach (var action in Enum.GetValues<OrderAction>())
            {
                data.Add(status, action, Expected.TryGetValue((status, action), out var to) ? to : null);
            }
        }

        return data;
    }

    [Fact]
    public void The_theory_covers_seven_statuses_times_five_actions()
    {
        EveryStatusAndAction().Should().HaveCount(7 * 5);
    }

    [Theory]
    [MemberData(nameof(EveryStatusAndAction))]
    public void Each_action_leads_exactly_where_the_contract_says_or_is_refused(
        OrderStatus from, OrderAction action, OrderStatus? expected)
    {
        var allowed = OrderTransitions.TryApply(from, action, out var to);

        allowed.Should().Be(expected is not null);
        if (expected is not null)
        {
            to.Should().Be(expected.Value);
        }
    }

    [Theory]
    [InlineData(OrderStatus.Completed)]
    [InlineData(OrderStatus.Cancelled)]
    [InlineData(OrderStatus.Rejected)]
    public void Final_statuses_allow_no_action(OrderStatus status)
    {
        foreach (var action in Enum.GetValues<OrderAction>())
        {
            OrderTransitions.TryApply(status, action, out _).Should().BeFalse();
        }
    }

    [Theory]
    [InlineData("2026-03-09", OrderStatus.Paid)] // the last night of the stay
    [InlineData("2026-03-10", OrderStatus.ReviewPending)] // check-out day
    [InlineData("2026-03-11", OrderStatus.ReviewPending)]
    [InlineData("2027-01-01", OrderStatus.ReviewPending)]
    public void A_paid_order_awaits_its_review_from_the_check_out_date(string today, OrderStatus expected)
    {
        var checkOut = new DateOnly(2026, 3, 10);

        OrderTransitions.EffectiveStatus(OrderStatus.Paid, checkOut, null, On(DateOnly.Parse(today))).Should().Be(expected);
    }

    [Theory]
    [InlineData(OrderStatus.Pending)]
    [InlineData(OrderStatus.Unpaid)]
    [InlineData(OrderStatus.ReviewPending)]
    [InlineData(OrderStatus.Completed)]
    [InlineData(OrderStatus.Cancelled)]
    [InlineData(OrderStatus.Rejected)]
    public void Other_statuses_do_not_change_with_the_date(OrderStatus status)
    {
        var checkOut = new DateOnly(2026, 3, 10);

        OrderTransitions.EffectiveStatus(status, checkOut, null, On(checkOut.AddDays(-1))).Should().Be(status);
        OrderTransitions.EffectiveStatus(status, checkOut, null, On(checkOut)).Should().Be(status);
        OrderTransitions.EffectiveStatus(status, checkOut, null, On(checkOut.AddDays(1))).Should().Be(status);
    }

    [Fact]
    public void A_paid_stay_that_is_over_can_be_reviewed_but_no_longer_cancelled()
    {
        var checkOut = new DateOnly(2026, 3, 10);
        var effective = OrderTransitions.EffectiveStatus(OrderStatus.Paid, checkOut, null, On(checkOut));

        OrderTransitions.TryApply(effective, OrderAction.Review, out var reviewed).Should().BeTrue();
        reviewed.Should().Be(OrderStatus.Completed);
        OrderTransitions.TryApply(effective, OrderAction.Cancel, out _).Should().BeFalse();
    }

    [Theory]
    [InlineData(OrderStatus.Pending, OrderStatus.Rejected)]
    [InlineData(OrderStatus.Unpaid, OrderStatus.Cancelled)]
    public void A_request_past_its_expiry_has_lapsed_and_allows_no_action(OrderStatus waiting, OrderStatus lapsed)
    {
        var now = new Moment(new DateOnly(2026, 3, 1), new DateTime(2026, 3, 1, 12, 0, 0, DateTimeKind.Utc));

        OrderTransitions.EffectiveStatus(waiting, new DateOnly(2026, 3, 10), now.UtcNow.AddTicks(1), now).Should().Be(waiting);
        var effective = OrderTransitions.EffectiveStatus(waiting, new DateOnly(2026, 3, 10), now.UtcNow, now);

        effective.Should().Be(lapsed);
        foreach (var action in Enum.GetValues<OrderAction>())
        {
            OrderTransitions.TryApply(effective, action, out _).Should().BeFalse();
        }
    }

    private static Moment On(DateOnly today) => new(today, today.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc));
}
