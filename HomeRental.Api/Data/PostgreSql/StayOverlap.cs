using Npgsql;

namespace HomeRental.Api.Data.PostgreSql;

/// <summary>
/// The rule no code can get around on PostgreSQL: two orders of one house that hold nights never share a night.
/// The exclusion constraint over <see cref="StayColumn"/>, added by the migration, enforces it for the orders in
/// <see cref="Orders.NightsHeld.Statuses"/>.
/// </summary>
public static class StayOverlap
{
    public const string StayColumn = "Stay";

    public const string ConstraintName = "EX_Orders_HouseId_Stay";

    /// <summary>True when a save failed because the order would share a night with another order holding it.</summary>
    public static bool IsViolatedBy(Exception exception) =>
        (exception as PostgresException ?? exception.InnerException as PostgresException)
            is { SqlState: PostgresErrorCodes.ExclusionViolation, ConstraintName: ConstraintName };
}
