using System.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Storage;

namespace HomeRental.Api.Data.Sqlite;

public static class WriteTransaction
{
    /// <summary>
    /// Begins a transaction that takes SQLite's write lock before its first statement (<c>BEGIN IMMEDIATE</c>),
    /// so nothing it reads can change before it writes: every other writer, in this process or in another one
    /// sharing the database file, waits for it (up to the busy timeout) and then sees its result.
    /// </summary>
    /// <remarks>
    /// Microsoft.Data.Sqlite begins a serializable transaction with <c>BEGIN IMMEDIATE</c> (only a read-uncommitted
    /// one is deferred); WriteTransactionTests pins this down, since a deferred transaction would let two
    /// writers read the same state.
    /// </remarks>
    public static Task<IDbContextTransaction> BeginWriteTransactionAsync(this DatabaseFacade database) =>
        database.BeginTransactionAsync(IsolationLevel.Serializable);
}
