namespace HomeRental.Api.Orders;

/// <summary>The outcome of <see cref="StayRules.Check"/>: the nights of an allowed stay, or why it is refused.</summary>
public sealed class StayCheck
{
    private StayCheck(int nights, IReadOnlyList<StayError> errors)
    {
        Nights = nights;
        Errors = errors;
    }

    public bool IsAllowed => Errors.Count == 0;

    /// <summary>The number of nights; meaningful only when <see cref="IsAllowed"/>.</summary>
    public int Nights { get; }

    public IReadOnlyList<StayError> Errors { get; }

    /// <summary>The errors grouped by field, the shape of a validation problem's <c>errors</c>.</summary>
    public IReadOnlyDictionary<string, string[]> ErrorsByField() =>
        Errors
            .GroupBy(error => error.Field)
            .ToDictionary(group => group.Key, group => group.Select(error => error.Message).ToArray());

    internal static StayCheck Allowed(int nights) => new(nights, []);

    internal static StayCheck Refused(IReadOnlyList<StayError> errors) => new(0, errors);
}
