using System.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Storage;

namespace HomeRental.Api.Data.PostgreSql;

/// <summary>
/// Row locks, not serializable retries: a booking needs no lock, since the exclusion constraint refuses an overlapping
/// order whatever was read before (the check before the insert only words the answer), and an action on an order
/// locks that order's row (<c>FOR UPDATE</c>), so concurrent actions on it run one after the other, each seeing the
/// status the one before left, while actions on other orders go on in parallel.
/// </summary>
public sealed class PostgreSqlWriteTransactions : IWriteTransactions
{
    public Task<IDbContextTransaction> BeginAsync(DatabaseFacade database) =>
        database.BeginTransactionAsync(IsolationLevel.ReadCommitted);

    public IQueryable<Order> LockOrder(DbSet<Order> orders, int orderId) =>
        orders.FromSql($"""SELECT * FROM "Orders" WHERE "Id" = {orderId} FOR UPDATE""");
}
