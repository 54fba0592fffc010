using Microsoft.Data.Sqlite;

namespace HomeRental.Api.Data;

public static class UniqueConstraint
{
    private const int SqliteConstraintUnique = 2067;

    /// <summary>
    /// True when a save or a bulk update failed because another row already holds this value of <c>Table.Column</c>.
    /// SaveChanges wraps the provider's exception in a DbUpdateException; ExecuteUpdate throws it as it is.
    /// </summary>
    public static bool IsViolatedOn(this Exception exception, string tableAndColumn) =>
        (exception as SqliteException ?? exception.InnerException as SqliteException) is { SqliteExtendedErrorCode: SqliteConstraintUnique } sqlite
        && sqlite.Message.Contains(tableAndColumn, StringComparison.Ordinal);
}
