using System.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Storage;

namespace HomeRental.Api.Data.PostgreSql;

/// <summary>
/// Row locks, not serializable retries: an action on an order locks that order's row (<c>FOR UPDATE</c>), so
/// concurrent actions on it run one after the other, each seeing the status the one before left, while actions on
/// other orders go on in parallel. A booking or a block locks its house's row (<c>FOR NO KEY UPDATE</c>, which leaves
/// the foreign-key checks of other writes free), so that each sees the orders and blocks committed before it; between
/// orders, the exclusion constraint would refuse an overlap even without that lock.
/// </summary>
public sealed class PostgreSqlWriteTransactions : IWriteTransactions
{
    public Task<IDbContextTransaction> BeginAsync(DatabaseFacade database) =>
        database.BeginTransactionAsync(IsolationLevel.ReadCommitted);

    public IQueryable<Order> LockOrder(DbSet<Order> orders, int orderId) =>
        orders.FromSql($"""SELECT * FROM "Orders" WHERE "Id" = {orderId} FOR UPDATE""");

    public Task LockHouseAsync(DatabaseFacade database, int houseId) =>
        database.ExecuteSqlAsync($"""SELECT 1 FROM "Houses" WHERE "Id" = {houseId} FOR NO KEY UPDATE""");
}
