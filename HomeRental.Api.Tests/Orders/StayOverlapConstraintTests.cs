using System.Text.RegularExpressions;
using HomeRental.Api.Data;
using HomeRental.Api.Data.PostgreSql;
using HomeRental.Api.Orders;
using HomeRental.Api.Tests.Platform;
using HomeRental.Api.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace HomeRental.Api.Tests.Orders;

/// <summary>
/// On PostgreSQL the database itself refuses a second order holding a night of one house, whatever the code does:
/// these orders are written straight to the database, past every check of the app.
/// </summary>
[Trait(TestDatabase.Trait, "PostgreSQL")]
public sealed partial class StayOverlapConstraintTests : IAsyncLifetime
{
    private static readonly DateOnly CheckIn = new(2031, 5, 10);

    private readonly HomeRentalFactory factory = new() { DatabaseProvider = DatabaseProvider.PostgreSQL };
    private int guestId;
    private int houseId;
    private int otherHouseId;

    public async Task InitializeAsync()
    {
        var host = await factory.NewPersonAsync();
        houseId = await factory.AddHouseAsync(host);
        otherHouseId = await factory.AddHouseAsync(host);
        guestId = (await factory.NewPersonAsync()).Id;
        await SaveAsync(Order(houseId, CheckIn, CheckIn.AddDays(3), OrderStatus.Paid));
    }

    [Theory]
    [InlineData(0, 3)]
    [InlineData(2, 4)]
    [InlineData(-1, 1)]
    [InlineData(1, 2)]
    public async Task An_order_holding_any_night_another_holds_is_refused(int fromDay, int toDay)
    {
        var saving = () => SaveAsync(Order(houseId, CheckIn.AddDays(fromDay), CheckIn.AddDays(toDay), OrderStatus.Pending));

        (await saving.Should().ThrowAsync<DbUpdateException>()).Which.Should().Match<DbUpdateException>(exception => StayOverlap.IsViolatedBy(exception));
    }

    [Fact]
    public async Task Back_to_back_stays_orders_that_hold_no_nights_and_other_houses_are_allowed()
    {
        await SaveAsync(Order(houseId, CheckIn.AddDays(3), CheckIn.AddDays(5), OrderStatus.Pending));
        await SaveAsync(Order(houseId, CheckIn.AddDays(-2), CheckIn, OrderStatus.Unpaid));
        await SaveAsync(Order(houseId, CheckIn, CheckIn.AddDays(3), OrderStatus.Cancelled));
        await SaveAsync(Order(houseId, CheckIn, CheckIn.AddDays(3), OrderStatus.Rejected));
        await SaveAsync(Order(otherHouseId, CheckIn, CheckIn.AddDays(3), OrderStatus.Pending));

        (await factory.WithDbAsync(db => db.Orders.CountAsync())).Should().Be(6);
    }

    [Fact]
    public async Task The_constraint_covers_exactly_the_statuses_that_hold_nights()
    {
        var definition = await factory.WithDbAsync(db => db.SqlQueryScalarAsync(
            $"SELECT pg_get_constraintdef(oid) FROM pg_constraint WHERE conname = '{StayOverlap.ConstraintName}'"));

        definition.Should().StartWith("EXCLUDE USING gist");
        QuotedWord().Matches(definition!).Select(match => match.Groups[1].Value)
            .Should().BeEquivalentTo(NightsHeld.Statuses.Select(status => status.ToString()));
    }

    private Order Order(int house, DateOnly checkIn, DateOnly checkOut, OrderStatus status) => new()
    {
        GuestId = guestId,
        HouseId = house,
        CheckIn = checkIn,
        CheckOut = checkOut,
        Nights = checkOut.DayNumber - checkIn.DayNumber,
        PricePerNightCents = 10_000,
        TotalAmountCents = (checkOut.DayNumber - checkIn.DayNumber) * 10_000,
        Status = status,
    };

    private Task<int> SaveAsync(Order order) => factory.WithDbAsync(db =>
    {
        db.Orders.Add(order);
        return db.SaveChangesAsync();
    });

    [GeneratedRegex("'(\\w+)'")]
    private static partial Regex QuotedWord();

    public Task DisposeAsync()
    {
        factory.Dispose();
        return Task.CompletedTask;
    }
}
