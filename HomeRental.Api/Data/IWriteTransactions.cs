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

    /// <summary>
    /// Keeps other changes to the house's calendar (bookings, blocks, imported events) and to its images out until the
    /// transaction ends: an order and a block live in different tables, so no constraint keeps them from overlapping,
    /// and the first image saved must be the one that becomes the cover.
    /// </summary>
    Task LockHouseAsync(DatabaseFacade database, int houseId);
}
