using FluentValidation;
using HomeRental.Api.Houses;
using HomeRental.Api.Infrastructure.Http;
using HomeRental.Api.Orders;
using Microsoft.Extensions.Options;

namespace HomeRental.Api.Tests.Houses;

public sealed class HouseSearchQueryTests
{
    // Still the 20th in UTC, already 00:30 on the 21st in Beijing: today is the server's local date.
    private static readonly IValidator<HouseSearchQuery> Validator = new HouseSearchQueryValidator(
        new FixedClock(new DateTimeOffset(2026, 5, 20, 16, 30, 0, TimeSpan.Zero), TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai")),
        Options.Create(new OrderOptions()));

    [Theory]
    [InlineData("2026-05-21", "2026-05-22", null)]
    [InlineData("2026-05-20", "2026-05-22", "checkIn")]
    [InlineData("2026-05-21", "2026-05-21", "checkOut")]
    [InlineData("2026-05-22", "2026-05-21", "checkOut")]
    [InlineData("2026-05-21", null, "checkOut")]
    [InlineData(null, "2026-05-22", "checkIn")]
    [InlineData("2026-5-21", "2026-05-22", "checkIn")]
    [InlineData("2026-05-21", "2026-02-30", "checkOut")]
    [InlineData(" 2026-05-21", "2026-05-22", "checkIn")]
    public void Dates_come_both_or_neither_strictly_formatted_from_today_with_check_out_after_check_in(
        string? checkIn, string? checkOut, string? failingField)
    {
        // As the framework binds the query: a value that does not parse fails its own field before validation.
        var failing = new List<string>();
        var query = new HouseSearchQuery(CheckIn: Bind(checkIn, "checkin", failing), CheckOut: Bind(checkOut, "checkout", failing));
        if (failing.Count == 0)
        {
            failing.AddRange(Validator.Validate(query).Errors.Select(error => error.PropertyName.ToLowerInvariant()).Distinct());
        }

        failing.Should().Equal(failingField is null ? [] : [failingField.ToLowerInvariant()]);
    }

    private static QueryDate? Bind(string? value, string field, List<string> failing)
    {
        if (value is null)
        {
            return null;
        }
        if (QueryDate.TryParse(value, null, out var date))
        {
            return date;
        }
        failing.Add(field);
        return null;
    }

    private static HouseSortName? Sort(string? name) =>
        name is null ? null : HouseSortName.TryParse(name, null, out var sort) ? sort : throw new ArgumentException(name);

    private static QueryDate Date(string value) => QueryDate.TryParse(value, null, out var date) ? date : throw new ArgumentException(value);

    [Theory]
    [InlineData(null, HouseSort.New)]
    [InlineData("new", HouseSort.New)]
    [InlineData("bookings", HouseSort.Bookings)]
    [InlineData("price-asc", HouseSort.PriceAsc)]
    [InlineData("price-desc", HouseSort.PriceDesc)]
    public void Each_sort_name_maps_to_its_order(string? sort, HouseSort expected)
    {
        var query = new HouseSearchQuery(Sort: Sort(sort));

        Validator.Validate(query).IsValid.Should().BeTrue();
        query.ToCriteria().Sort.Should().Be(expected);
    }

    [Theory]
    [InlineData("")]
    [InlineData("Price-Asc")]
    [InlineData("price")]
    public void Any_other_sort_does_not_bind(string sort) =>
        HouseSortName.TryParse(sort, null, out _).Should().BeFalse();

    [Fact]
    public void The_criteria_count_the_nights()
    {
        new HouseSearchQuery(3, Date("2026-06-01"), Date("2026-06-05"), Sort("bookings")).ToCriteria().Nights.Should().Be(4);
        new HouseSearchQuery(3).ToCriteria().Nights.Should().BeNull();
    }

    private sealed class FixedClock(DateTimeOffset utcNow, TimeZoneInfo localTimeZone) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => utcNow;

        public override TimeZoneInfo LocalTimeZone => localTimeZone;
    }
}
