using System.Data.Common;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace HomeRental.Api.Data;

public static class UniqueConstraint
{
    private const int SqliteConstraintUnique = 2067;

    /// <summary>
    /// True when a save or a bulk update failed because another row already holds this value of <c>Table.Column</c>,
    /// on either provider. SaveChanges wraps the provider's exception in a DbUpdateException; ExecuteUpdate throws it as it is.
    /// </summary>
    public static bool IsViolatedOn(this Exception exception, string tableAndColumn) =>
        (exception as DbException ?? exception.InnerException as DbException) switch
        {
            SqliteException { SqliteExtendedErrorCode: SqliteConstraintUnique } sqlite =>
                sqlite.Message.Contains(tableAndColumn, StringComparison.Ordinal),
            // EF Core names a unique index IX_Table_Column.
            PostgresException { SqlState: PostgresErrorCodes.UniqueViolation } postgres =>
                postgres.ConstraintName == $"IX_{tableAndColumn.Replace('.', '_')}",
            _ => false,
        };
}
