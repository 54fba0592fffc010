using FluentValidation;
using HomeRental.Api.Infrastructure.Validation;

namespace HomeRental.Api.Houses;

/// <summary>The limits on a house's fields, shared by publishing and editing. Text lengths match the database columns.</summary>
public static class HouseRules
{
    public const int TitleMaxLength = 64;
    public const int DescriptionMaxLength = 2000;
    public const string DescriptionText = "The host's own words about the home, after trimming; line breaks are kept.";
    public const int AddressMaxLength = 256;
    public const int FloorPlanMaxLength = 64;
    public const int BedConfigMaxLength = 256;
    /// <summary>1,000,000 yuan: far above any real price, far below an overflow of a stay's total.</summary>
    public const long MaxCents = 100_000_000;
    public const int MaxRoomCount = 100;
    public const int MaxGuests = 100;
    /// <summary>Square metres.</summary>
    public const int MaxAreaSize = 100_000;
    public const int MaxNightsLimit = 365;
    public const int MaxAmenities = 50;

    public static IRuleBuilderOptions<T, string?> RequiredText<T>(this IRuleBuilder<T, string?> rule, string field, int maxLength) =>
        rule.Must(value => value?.Trim() is { Length: > 0 } trimmed && trimmed.Length <= maxLength)
            .WithMessage($"The {field} must be 1 to {maxLength} characters long.")
            .NoControlCharacters(field);

    public static IRuleBuilderOptions<T, string?> OptionalText<T>(
        this IRuleBuilder<T, string?> rule, string field, int maxLength, bool allowLineBreaks = false) =>
        rule.Must(value => value is null || value.Trim().Length <= maxLength)
            .WithMessage($"The {field} can be at most {maxLength} characters long.")
            .NoControlCharacters(field, allowLineBreaks);

    public static IRuleBuilderOptions<T, long?> Cents<T>(this IRuleBuilder<T, long?> rule, string field) =>
        rule.NotNull().WithMessage($"The {field} is required.")
            .InclusiveBetween(0, MaxCents).WithMessage($"The {field} must be 0 to {MaxCents} cents.");

    public static IRuleBuilderOptions<T, int?> Count<T>(this IRuleBuilder<T, int?> rule, string field, int max) =>
        rule.NotNull().WithMessage($"The {field} is required.")
            .InclusiveBetween(1, max).WithMessage($"The {field} must be 1 to {max}.");

    public static IRuleBuilderOptions<T, int?> MinNights<T>(this IRuleBuilder<T, int?> rule) =>
        rule.Must(value => value is null or >= 1 and <= MaxNightsLimit)
            .WithMessage($"The shortest stay must be 1 to {MaxNightsLimit} nights.");

    public static IRuleBuilderOptions<T, int?> MaxNights<T>(this IRuleBuilder<T, int?> rule) =>
        rule.Must(value => value is null or >= 0 and <= MaxNightsLimit)
            .WithMessage($"The longest stay must be 0 (no limit) or 1 to {MaxNightsLimit} nights.");

    public static IRuleBuilderOptions<T, List<int>?> AmenityIds<T>(this IRuleBuilder<T, List<int>?> rule) =>
        rule.Must(ids => ids is null || ids.Count <= MaxAmenities)
            .WithMessage($"A house can list at most {MaxAmenities} amenities.")
            .Must(ids => ids is null || ids.Distinct().Count() == ids.Count)
            .WithMessage("Each amenity can be listed once.");

    /// <summary>Why a pair of night limits is refused, or null when it is allowed (0 as the longest stay means no limit).</summary>
    public static string? NightLimitsError(int minNights, int maxNights) =>
        maxNights != 0 && maxNights < minNights
            ? $"The longest stay ({maxNights} nights) cannot be shorter than the shortest ({minNights} nights)."
            : null;
}
