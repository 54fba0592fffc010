using HomeRental.Api.Orders;

namespace HomeRental.Api.Tests.Orders;

public class StayRulesTests
{
    private static readonly DateOnly Today = new(2026, 5, 20);
    private static readonly StayLimits Limits = new OrderOptions().StayLimits;

    private static StayCheck Check(int checkInOffset, int checkOutOffset, int minNights = 1, int maxNights = 0) =>
        StayRules.Check(Today.AddDays(checkInOffset), Today.AddDays(checkOutOffset), Today, minNights, maxNights, Limits);

    [Fact]
    public void A_stay_starting_today_is_allowed_and_counts_its_nights()
    {
        var check = Check(0, 3);

        check.IsAllowed.Should().BeTrue();
        check.Nights.Should().Be(3);
        check.Errors.Should().BeEmpty();
        check.ErrorsByField().Should().BeEmpty();
    }

    [Fact]
    public void A_one_night_stay_is_allowed()
    {
        Check(10, 11).Nights.Should().Be(1);
    }

    [Fact]
    public void Nights_are_counted_across_months_and_leap_days()
    {
        StayRules.Check(new DateOnly(2028, 2, 27), new DateOnly(2028, 3, 2), new DateOnly(2028, 1, 1), 1, 0, Limits)
            .Nights.Should().Be(4);
    }

    [Fact]
    public void Check_in_yesterday_is_refused()
    {
        var check = Check(-1, 2);

        check.IsAllowed.Should().BeFalse();
        check.Errors.Should().Equal(new StayError("checkIn", "Check-in cannot be in the past."));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    public void Check_out_on_or_before_check_in_is_refused(int checkOutOffset)
    {
        var check = Check(5, 5 + checkOutOffset);

        check.IsAllowed.Should().BeFalse();
        check.Errors.Should().Equal(new StayError("checkOut", "Check-out must be after check-in."));
    }

    [Fact]
    public void A_past_and_reversed_stay_reports_both_fields()
    {
        var check = Check(-1, -3);

        check.ErrorsByField().Should().BeEquivalentTo(new Dictionary<string, string[]>
        {
            ["checkIn"] = ["Check-in cannot be in the past."],
            ["checkOut"] = ["Check-out must be after check-in."],
        });
    }

    [Theory]
    [InlineData(1, false)]
    [InlineData(2, true)] // exactly the minimum
    [InlineData(3, true)]
    public void Nights_below_the_minimum_are_refused(int nights, bool allowed)
    {
        var check = Check(1, 1 + nights, minNights: 2);

        check.IsAllowed.Should().Be(allowed);
        if (!allowed)
        {
            check.Errors.Should().Equal(new StayError("checkOut", "This house requires at least 2 nights."));
        }
    }

    [Theory]
    [InlineData(6, true)]
    [InlineData(7, true)] // exactly the maximum
    [InlineData(8, false)]
    public void Nights_above_the_maximum_are_refused(int nights, bool allowed)
    {
        var check = Check(1, 1 + nights, maxNights: 7);

        check.IsAllowed.Should().Be(allowed);
        if (!allowed)
        {
            check.Errors.Should().Equal(new StayError("checkOut", "This house allows at most 7 nights."));
        }
    }

    [Fact]
    public void A_single_night_limit_is_worded_in_the_singular()
    {
        Check(1, 3, maxNights: 1).Errors.Should().Equal(new StayError("checkOut", "This house allows at most 1 night."));
    }

    [Fact]
    public void A_maximum_of_zero_means_no_limit_of_the_house_s_own()
    {
        var check = Check(0, Limits.MaxNights, minNights: 2, maxNights: StayRules.NoMaxNights);

        check.IsAllowed.Should().BeTrue();
        check.Nights.Should().Be(Limits.MaxNights);
    }

    [Fact]
    public void Equal_minimum_and_maximum_allow_only_that_many_nights()
    {
        Check(1, 3, minNights: 3, maxNights: 3).IsAllowed.Should().BeFalse();
        Check(1, 4, minNights: 3, maxNights: 3).IsAllowed.Should().BeTrue();
        Check(1, 5, minNights: 3, maxNights: 3).IsAllowed.Should().BeFalse();
    }

    [Fact]
    public void Today_is_the_date_in_the_servers_time_zone()
    {
        var beijing = TimeZoneInfo.CreateCustomTimeZone("UTC+08", TimeSpan.FromHours(8), "UTC+08", "UTC+08");
        var clock = new FixedClock(new DateTimeOffset(2026, 5, 19, 16, 30, 0, TimeSpan.Zero), beijing);

        StayRules.Today(clock).Should().Be(new DateOnly(2026, 5, 20));
    }

    [Theory]
    [InlineData(1, 35000, 35000)]
    [InlineData(3, 35000, 105000)]
    [InlineData(365, 0, 0)]
    [InlineData(2, long.MaxValue / 2, long.MaxValue - 1)]
    public void The_total_is_nights_times_the_nightly_price(int nights, long pricePerNightCents, long expected)
    {
        StayRules.TotalCents(nights, pricePerNightCents).Should().Be(expected);
    }

    [Fact]
    public void A_total_too_large_for_a_long_throws_instead_of_wrapping()
    {
        var act = () => StayRules.TotalCents(3, long.MaxValue / 2);

        act.Should().Throw<OverflowException>();
    }

    [Theory]
    [InlineData(0, 100)]
    [InlineData(-1, 100)]
    [InlineData(1, -1)]
    public void A_total_for_no_nights_or_a_negative_price_is_a_programming_error(int nights, long pricePerNightCents)
    {
        var act = () => StayRules.TotalCents(nights, pricePerNightCents);

        act.Should().Throw<ArgumentOutOfRangeException>();
    }

    private sealed class FixedClock(DateTimeOffset utcNow, TimeZoneInfo localTimeZone) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => utcNow;

        public override TimeZoneInfo LocalTimeZone => localTimeZone;
    }

    [Theory]
    [InlineData(730, 731, null)] // check-in on the last day of the horizon
    [InlineData(731, 732, "checkIn")]
    [InlineData(0, 365, null)] // the longest stay
    [InlineData(0, 366, "checkOut")] // longer, although the house sets no maximum
    public void Every_stay_is_bounded_by_the_booking_horizon_and_the_longest_stay(int checkInOffset, int checkOutOffset, string? refusedField)
    {
        var check = Check(checkInOffset, checkOutOffset, maxNights: StayRules.NoMaxNights);

        if (refusedField is null)
        {
            check.IsAllowed.Should().BeTrue();
        }
        else
        {
            check.ErrorsByField().Keys.Should().Equal(refusedField);
        }
    }
}
