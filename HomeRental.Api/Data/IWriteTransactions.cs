using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Storage;

namespace HomeRental.Api.Data;

/// <summary>How a change to orders keeps what it read from changing before it writes, on the chosen provider.</summary>
public interface IWriteTransactions
{
    /// <summary>Begins the transaction that a booking or an action on an order runs in.</summary>
    Task<IDbContextTransaction> BeginAsync(DatabaseFacade database);

    /// <summary>The order, read inside that transaction so that no other change to it commits before the transaction ends.</summary>
    IQueryable<Order> LockOrder(DbSet<Order> orders, int orderId);
}
