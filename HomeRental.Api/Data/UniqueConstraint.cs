using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace HomeRental.Api.Data;

public static class UniqueConstraint
{
    private const int SqliteConstraintUnique = 2067;

    /// <summary>True when the save failed because another row already holds this value of <c>Table.Column</c>.</summary>
    public static bool IsViolatedOn(this DbUpdateException exception, string tableAndColumn) =>
        exception.InnerException is SqliteException { SqliteExtendedErrorCode: SqliteConstraintUnique } sqlite
        && sqlite.Message.Contains(tableAndColumn, StringComparison.Ordinal);
}
