using FluentValidation;
using HomeRental.Api.Data;
using HomeRental.Api.Data.Sqlite;
using HomeRental.Api.Houses;
using Microsoft.EntityFrameworkCore;

namespace HomeRental.Api.Tests.Houses;

public sealed class HouseRulesTests
{
    private static readonly IValidator<CreateHouseRequest> Validator = new CreateHouseRequestValidator();

    [Theory]
    [InlineData(nameof(House.Title), HouseRules.TitleMaxLength)]
    [InlineData(nameof(House.Address), HouseRules.AddressMaxLength)]
    [InlineData(nameof(House.FloorPlan), HouseRules.FloorPlanMaxLength)]
    [InlineData(nameof(House.BedConfig), HouseRules.BedConfigMaxLength)]
    public void Text_limits_are_the_column_lengths(string property, int maxLength)
    {
        var options = new DbContextOptionsBuilder<SqliteHomeRentalDbContext>().UseSqlite("Data Source=:memory:").Options;
        using var db = new SqliteHomeRentalDbContext(options, TimeProvider.System);

        db.Model.FindEntityType(typeof(House))!.FindProperty(property)!.GetMaxLength().Should().Be(maxLength);
    }

    [Theory]
    [InlineData(1, 0, true)]
    [InlineData(5, 0, true)]
    [InlineData(5, 5, true)]
    [InlineData(5, 6, true)]
    [InlineData(5, 4, false)]
    public void The_longest_stay_is_no_limit_or_at_least_the_shortest(int minNights, int maxNights, bool allowed) =>
        (HouseRules.NightLimitsError(minNights, maxNights) is null).Should().Be(allowed);

    [Fact]
    public void A_complete_request_is_valid_and_the_optional_fields_may_be_left_out()
    {
        Validator.Validate(Complete()).IsValid.Should().BeTrue();
        Validator.Validate(Complete() with { FloorPlan = null, BedConfig = null, DepositCents = null, MinNights = null, MaxNights = null, AmenityIds = null })
            .IsValid.Should().BeTrue();
    }

    [Theory]
    [InlineData(" ", false)]
    [InlineData("a", true)]
    [InlineData("  a  ", true)]
    public void The_title_is_counted_trimmed(string title, bool valid) =>
        Validator.Validate(Complete() with { Title = title }).IsValid.Should().Be(valid);

    [Fact]
    public void A_maximum_stay_shorter_than_the_default_minimum_is_refused()
    {
        var result = Validator.Validate(Complete() with { MinNights = null, MaxNights = 0 });
        var tooShort = Validator.Validate(Complete() with { MinNights = 2, MaxNights = 1 });

        result.IsValid.Should().BeTrue();
        tooShort.Errors.Select(error => error.PropertyName).Should().Equal(nameof(CreateHouseRequest.MaxNights));
    }

    [Fact]
    public void A_house_is_built_from_the_trimmed_request_with_defaults()
    {
        var house = Complete() with { Title = " Flat ", FloorPlan = null, BedConfig = " beds ", MinNights = null, MaxNights = null };

        var built = house.ToHouse(ownerId: 7, amenities: []);

        built.Should().BeEquivalentTo(new { OwnerId = 7, Title = "Flat", FloorPlan = "", BedConfig = "beds", MinNights = 1, MaxNights = 0 });
    }

    [Fact]
    public void An_update_changes_only_what_it_carries()
    {
        var house = Complete().ToHouse(ownerId: 7, amenities: [new Amenity { Id = 1 }]);

        new UpdateHouseRequest(" New ", null, null, null, null, null, null, null, null, null, null, 4, null).ApplyTo(house, amenities: null);

        house.Should().BeEquivalentTo(new { Title = "New", PriceCents = 35_000L, MaxNights = 4 });
        house.Amenities.Should().ContainSingle();
    }

    private static CreateHouseRequest Complete() =>
        new("Flat", 35_000, 3, "12 Park Road", 2, 65, "2 bedrooms", 4, "1 double bed", 50_000, 1, 0, [1, 3]);
}
