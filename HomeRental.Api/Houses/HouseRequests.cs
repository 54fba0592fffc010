using System.ComponentModel;
using System.ComponentModel.DataAnnotations;
using System.Text.Json.Serialization;
using FluentValidation;
using HomeRental.Api.Data;

namespace HomeRental.Api.Houses;

// The attributes describe the fields in the OpenAPI document; the validators below check them.

/// <summary>
/// A new house. Required: title, priceCents, districtId, address, roomCount, areaSize, maxGuests. The rest default to
/// floorPlan "", bedConfig "", depositCents 0, minNights 1, maxNights 0 (no limit) and no amenities.
/// </summary>
public sealed record CreateHouseRequest(
    [property: Required, StringLength(HouseRules.TitleMaxLength, MinimumLength = 1), Description("After trimming.")] string? Title,
    [property: Required, Range(0, HouseRules.MaxCents), Description("The price per night, in cents.")] long? PriceCents,
    [property: Required, Range(1, int.MaxValue), Description("An id from GET /districts.")] int? DistrictId,
    [property: Required, StringLength(HouseRules.AddressMaxLength, MinimumLength = 1), Description("After trimming.")] string? Address,
    [property: Required, Range(1, HouseRules.MaxRoomCount)] int? RoomCount,
    [property: Required, Range(1, HouseRules.MaxAreaSize), Description("Square metres.")] int? AreaSize,
    [property: StringLength(HouseRules.FloorPlanMaxLength), Description("Free text, such as 2 rooms, 1 hall.")] string? FloorPlan,
    [property: Required, Range(1, HouseRules.MaxGuests)] int? MaxGuests,
    [property: StringLength(HouseRules.BedConfigMaxLength), Description("Free text, such as 1 double bed.")] string? BedConfig,
    [property: Range(0, HouseRules.MaxCents), Description("In cents; shown on the house, never added to an order.")] long? DepositCents,
    [property: Range(1, HouseRules.MaxNightsLimit), Description("The shortest stay, in nights.")] int? MinNights,
    [property: Range(0, HouseRules.MaxNightsLimit), Description("The longest stay, in nights; 0 for no limit. Not below minNights.")] int? MaxNights,
    [property: MaxLength(HouseRules.MaxAmenities), Description("Ids from GET /amenities, each once.")] List<int>? AmenityIds,
    [property: StringLength(HouseRules.DescriptionMaxLength), Description(HouseRules.DescriptionText)] string? Description = null)
{
    public House ToHouse(int ownerId, List<Amenity> amenities) => new()
    {
        OwnerId = ownerId,
        DistrictId = DistrictId!.Value,
        Title = Title!.Trim(),
        Description = Description?.Trim() ?? string.Empty,
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
    [property: StringLength(HouseRules.TitleMaxLength, MinimumLength = 1), Description("After trimming.")] string? Title,
    [property: Range(0, HouseRules.MaxCents), Description("The price per night, in cents.")] long? PriceCents,
    [property: Range(1, int.MaxValue), Description("An id from GET /districts.")] int? DistrictId,
    [property: StringLength(HouseRules.AddressMaxLength, MinimumLength = 1), Description("After trimming.")] string? Address,
    [property: Range(1, HouseRules.MaxRoomCount)] int? RoomCount,
    [property: Range(1, HouseRules.MaxAreaSize), Description("Square metres.")] int? AreaSize,
    [property: StringLength(HouseRules.FloorPlanMaxLength), Description("Free text, such as 2 rooms, 1 hall.")] string? FloorPlan,
    [property: Range(1, HouseRules.MaxGuests)] int? MaxGuests,
    [property: StringLength(HouseRules.BedConfigMaxLength), Description("Free text, such as 1 double bed.")] string? BedConfig,
    [property: Range(0, HouseRules.MaxCents), Description("In cents; shown on the house, never added to an order.")] long? DepositCents,
    [property: Range(1, HouseRules.MaxNightsLimit), Description("The shortest stay, in nights.")] int? MinNights,
    [property: Range(0, HouseRules.MaxNightsLimit), Description("The longest stay, in nights; 0 for no limit. Not below minNights.")] int? MaxNights,
    [property: MaxLength(HouseRules.MaxAmenities), Description("Ids from GET /amenities, each once.")] List<int>? AmenityIds,
    [property: StringLength(HouseRules.DescriptionMaxLength), Description(HouseRules.DescriptionText)] string? Description = null)
{
    /// <summary>The field to blame when the night limits, once applied, contradict each other.</summary>
    [JsonIgnore]
    public string NightLimitsField => MaxNights is null ? "minNights" : "maxNights";

    /// <param name="amenities">The new amenities, loaded when <see cref="AmenityIds"/> is present.</param>
    public void ApplyTo(House house, List<Amenity>? amenities)
    {
        house.Title = Title?.Trim() ?? house.Title;
        house.Description = Description?.Trim() ?? house.Description;
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
        RuleFor(request => request.Description).OptionalText("description", HouseRules.DescriptionMaxLength, allowLineBreaks: true);
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
        RuleFor(request => request.Description).OptionalText("description", HouseRules.DescriptionMaxLength, allowLineBreaks: true);
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
