using HomeRental.Api.Data;
using HomeRental.Api.Tests.Support;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace HomeRental.Api.Tests.Platform;

/// <summary>A write transaction holds SQLite's write lock from its start, before it has read or written anything.</summary>
public sealed class WriteTransactionTests : IDisposable
{
    private const int SqliteBusy = 5;

    private readonly HomeRentalFactory factory = new();

    [Fact]
    public async Task No_other_connection_can_start_writing_while_a_write_transaction_is_open()
    {
        await factory.WithDbAsync(async db =>
        {
            await using var transaction = await db.Database.BeginWriteTransactionAsync();

            var attempt = () => BeginImmediateOnAnotherConnection();

            attempt.Should().Throw<SqliteException>().Which.SqliteErrorCode.Should().Be(SqliteBusy);
            return 0;
        });
    }

    [Fact]
    public async Task The_write_lock_is_released_when_the_transaction_ends()
    {
        await factory.WithDbAsync(async db =>
        {
            await using (await db.Database.BeginWriteTransactionAsync())
            {
            }

            var attempt = () => BeginImmediateOnAnotherConnection();

            attempt.Should().NotThrow();
            return 0;
        });
    }

    [Fact]
    public async Task A_deferred_transaction_would_not_take_the_lock_which_is_what_the_first_test_tells_apart()
    {
        await factory.WithDbAsync(async db =>
        {
            await db.Database.OpenConnectionAsync();
            var connection = (SqliteConnection)db.Database.GetDbConnection();
            await using var deferred = connection.BeginTransaction(deferred: true);

            var attempt = () => BeginImmediateOnAnotherConnection();

            attempt.Should().NotThrow();
            return 0;
        });
    }

    private void BeginImmediateOnAnotherConnection()
    {
        // Default Timeout=1: give up on a busy database after a second instead of the app's five.
        using var other = new SqliteConnection($"Data Source={factory.DatabasePath};Default Timeout=1;Pooling=False");
        other.Open();
        using var transaction = other.BeginTransaction(deferred: false);
        transaction.Rollback();
    }

    public void Dispose() => factory.Dispose();
}
