using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Storage;

namespace HomeRental.Api.Data.Sqlite;

/// <summary>
/// Lets one write transaction at a time run in this process; the others queue here, without holding a thread.
/// SQLite takes one writer at a time anyway, and without this queue the others would find the database busy:
/// Microsoft.Data.Sqlite waits for a busy database by putting its thread to sleep in steps of 150 ms, which under
/// load starves the thread pool and stretches each wait to a multiple of 150 ms. Writers in other processes sharing
/// the file still wait for each other through the busy timeout.
/// </summary>
public sealed class WriteGate : IWriteTransactions
{
    /// <summary>As long as the busy timeout: a writer that cannot start by then gets the same error as a busy database.</summary>
    private static readonly TimeSpan MaxWait = TimeSpan.FromSeconds(SqliteDatabase.BusyTimeoutSeconds);

    private const int SqliteBusy = 5;

    private readonly SemaphoreSlim turn = new(1, 1);

    /// <summary>Waits for this process's turn, then begins a transaction holding SQLite's write lock.</summary>
    public async Task<IDbContextTransaction> BeginAsync(DatabaseFacade database)
    {
        if (!await turn.WaitAsync(MaxWait))
        {
            throw new SqliteException("database is locked: too many writers waiting in this process", SqliteBusy);
        }
        try
        {
            return new GatedTransaction(await database.BeginWriteTransactionAsync(), turn);
        }
        catch
        {
            turn.Release();
            throw;
        }
    }

    /// <summary>A plain read: the write lock the transaction holds already keeps every other writer out.</summary>
    public IQueryable<Order> LockOrder(DbSet<Order> orders, int orderId) => orders.Where(order => order.Id == orderId);

    /// <summary>Nothing more to do, for the same reason.</summary>
    public Task LockHouseAsync(DatabaseFacade database, int houseId) => Task.CompletedTask;

    /// <summary>The transaction, handing the turn on when it is disposed.</summary>
    private sealed class GatedTransaction(IDbContextTransaction inner, SemaphoreSlim turn) : IDbContextTransaction
    {
        private int released;

        public Guid TransactionId => inner.TransactionId;

        public void Commit() => inner.Commit();

        public Task CommitAsync(CancellationToken cancellationToken = default) => inner.CommitAsync(cancellationToken);

        public void Rollback() => inner.Rollback();

        public Task RollbackAsync(CancellationToken cancellationToken = default) => inner.RollbackAsync(cancellationToken);

        public void Dispose()
        {
            inner.Dispose();
            Release();
        }

        public async ValueTask DisposeAsync()
        {
            await inner.DisposeAsync();
            Release();
        }

        private void Release()
        {
            if (Interlocked.Exchange(ref released, 1) == 0)
            {
                turn.Release();
            }
        }
    }
}
