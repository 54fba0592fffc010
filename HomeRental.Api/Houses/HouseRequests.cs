using FluentValidation;
using HomeRental.Api.Data;

namespace HomeRental.Api.Houses;

/// <summary>
/// A new house. Required: title, priceCents, districtId, address, roomCount, areaSize, maxGuests. The rest default to
/// floorPlan "", bedConfig "", depositCents 0, minNights 1, maxNights 0 (no limit) and no amenities.
/// </summary>
public sealed record CreateHouseRequest(
    string? Title,
    long? PriceCents,
    int? DistrictId,
    string? Address,
    int? RoomCount,
    int? AreaSize,
    string? FloorPlan,
    int? MaxGuests,
    string? BedConfig,
    long? DepositCents,
    int? MinNights,
    int? MaxNights,
    List<int>? AmenityIds)
{
    public House ToHouse(int ownerId, List<Amenity> amenities) => new()
    {
        OwnerId = ownerId,
        DistrictId = DistrictId!.Value,
        Title = Title!.Trim(),
        PriceCents = PriceCents!.Value,
        Address = Address!.Trim(),
        RoomCount = RoomCount!.Value,
        AreaSize = AreaSize!.Value,
        FloorPlan = FloorPlan?.Trim() ?? string.Empty,
        MaxGuests = MaxGuests!.Value,
        BedConfig = BedConfig?.Trim() ?? string.Empty,
        DepositCents = DepositCents ?? 0,
        MinNights = MinNights ?? 1,
        MaxNights = MaxNights ?? 0,
        Amenities = amenities,
    };
}

/// <summary>Changes to a house: only the fields present change; <c>amenityIds</c>, when present, replaces the list.</summary>
public sealed record UpdateHouseRequest(
    string? Title,
    long? PriceCents,
    int? DistrictId,
    string? Address,
    int? RoomCount,
    int? AreaSize,
    string? FloorPlan,
    int? MaxGuests,
    string? BedConfig,
    long? DepositCents,
    int? MinNights,
    int? MaxNights,
    List<int>? AmenityIds)
{
    /// <summary>The field to blame when the night limits, once applied, contradict each other.</summary>
    public string NightLimitsField => MaxNights is null ? "minNights" : "maxNights";

    /// <param name="amenities">The new amenities, loaded when <see cref="AmenityIds"/> is present.</param>
    public void ApplyTo(House house, List<Amenity>? amenities)
    {
        house.Title = Title?.Trim() ?? house.Title;
        house.PriceCents = PriceCents ?? house.PriceCents;
        house.DistrictId = DistrictId ?? house.DistrictId;
        house.Address = Address?.Trim() ?? house.Address;
        house.RoomCount = RoomCount ?? house.RoomCount;
        house.AreaSize = AreaSize ?? house.AreaSize;
        house.FloorPlan = FloorPlan?.Trim() ?? house.FloorPlan;
        house.MaxGuests = MaxGuests ?? house.MaxGuests;
        house.BedConfig = BedConfig?.Trim() ?? house.BedConfig;
        house.DepositCents = DepositCents ?? house.DepositCents;
        house.MinNights = MinNights ?? house.MinNights;
        house.MaxNights = MaxNights ?? house.MaxNights;
        if (amenities is not null)
        {
            house.Amenities = amenities;
        }
    }
}

public sealed class CreateHouseRequestValidator : AbstractValidator<CreateHouseRequest>
{
    public CreateHouseRequestValidator()
    {
        RuleFor(request => request.Title).RequiredText("title", HouseRules.TitleMaxLength);
        RuleFor(request => request.PriceCents).Cents("price per night");
        RuleFor(request => request.DistrictId).NotNull().WithMessage("The district is required.");
        RuleFor(request => request.Address).RequiredText("address", HouseRules.AddressMaxLength);
        RuleFor(request => request.RoomCount).Count("room count", HouseRules.MaxRoomCount);
        RuleFor(request => request.AreaSize).Count("area in square metres", HouseRules.MaxAreaSize);
        RuleFor(request => request.FloorPlan).OptionalText("floor plan", HouseRules.FloorPlanMaxLength);
        RuleFor(request => request.MaxGuests).Count("number of guests", HouseRules.MaxGuests);
        RuleFor(request => request.BedConfig).OptionalText("bed configuration", HouseRules.BedConfigMaxLength);
        RuleFor(request => request.DepositCents).Cents("deposit").When(request => request.DepositCents is not null);
        RuleFor(request => request.MinNights).MinNights();
        RuleFor(request => request.MaxNights).Cascade(CascadeMode.Stop).MaxNights()
            .Must((request, maxNights) => HouseRules.NightLimitsError(request.MinNights ?? 1, maxNights ?? 0) is null)
            .WithMessage(request => HouseRules.NightLimitsError(request.MinNights ?? 1, request.MaxNights ?? 0));
        RuleFor(request => request.AmenityIds).AmenityIds();
    }
}

public sealed class UpdateHouseRequestValidator : AbstractValidator<UpdateHouseRequest>
{
    public UpdateHouseRequestValidator()
    {
        RuleFor(request => request.Title).RequiredText("title", HouseRules.TitleMaxLength).When(request => request.Title is not null);
        RuleFor(request => request.PriceCents).Cents("price per night").When(request => request.PriceCents is not null);
        RuleFor(request => request.Address).RequiredText("address", HouseRules.AddressMaxLength).When(request => request.Address is not null);
        RuleFor(request => request.RoomCount).Count("room count", HouseRules.MaxRoomCount).When(request => request.RoomCount is not null);
        RuleFor(request => request.AreaSize).Count("area in square metres", HouseRules.MaxAreaSize).When(request => request.AreaSize is not null);
        RuleFor(request => request.FloorPlan).OptionalText("floor plan", HouseRules.FloorPlanMaxLength);
        RuleFor(request => request.MaxGuests).Count("number of guests", HouseRules.MaxGuests).When(request => request.MaxGuests is not null);
        RuleFor(request => request.BedConfig).OptionalText("bed configuration", HouseRules.BedConfigMaxLength);
        RuleFor(request => request.DepositCents).Cents("deposit").When(request => request.DepositCents is not null);
        RuleFor(request => request.MinNights).MinNights();
        RuleFor(request => request.MaxNights).MaxNights();
        RuleFor(request => request.AmenityIds).AmenityIds();
    }
}
