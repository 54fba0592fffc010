using System.Net;
using HomeRental.Api.Data;
using HomeRental.Api.Data.Sqlite;
using HomeRental.Api.Tests.Orders;
using HomeRental.Api.Tests.Support;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace HomeRental.Api.Tests.Platform;

/// <summary>
/// A write transaction holds SQLite's write lock from its start, before it has read or written anything, and a writer
/// that finds the lock taken waits for it (the busy timeout) instead of failing.
/// </summary>
[Trait(TestDatabase.Trait, "Sqlite")]
public sealed class WriteTransactionTests : IDisposable
{
    private const int SqliteBusy = 5;

    private readonly ClockedHomeRentalFactory factory = new() { DatabaseProvider = DatabaseProvider.Sqlite };

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

    [Fact]
    public async Task A_request_that_writes_while_another_process_holds_the_lock_waits_for_it_instead_of_failing()
    {
        var host = await factory.NewPersonAsync();
        var guest = await factory.NewPersonAsync();
        var houseId = await factory.AddHouseAsync(host);
        await using var other = new SqliteConnection($"Data Source={factory.DatabasePath};Pooling=False");
        await other.OpenAsync();
        var lockHolder = other.BeginTransaction(deferred: false);

        var booking = guest.Client.BookAsync(houseId, factory.Clock.Today.AddDays(1), factory.Clock.Today.AddDays(2));
        await Task.Delay(TimeSpan.FromSeconds(1));
        var waitedForTheLock = !booking.IsCompleted;
        lockHolder.Commit();

        waitedForTheLock.Should().BeTrue();
        (await booking).StatusCode.Should().Be(HttpStatusCode.Created);
    }

    [Fact]
    public async Task The_write_gate_lets_a_second_writer_begin_once_the_first_transaction_is_disposed()
    {
        var gate = new WriteGate();
        await using var scope = factory.Services.CreateAsyncScope();
        var first = await gate.BeginAsync(scope.ServiceProvider.GetRequiredService<HomeRentalDbContext>().Database);

        var second = factory.WithDbAsync(async db =>
        {
            await using var transaction = await gate.BeginAsync(db.Database);
            return transaction.TransactionId;
        });
        await Task.Delay(TimeSpan.FromMilliseconds(300));
        var waited = !second.IsCompleted;
        await first.CommitAsync();
        await first.DisposeAsync();

        waited.Should().BeTrue();
        (await second.WaitAsync(TimeSpan.FromSeconds(5))).Should().NotBe(first.TransactionId);
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
