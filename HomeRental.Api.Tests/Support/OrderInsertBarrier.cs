using System.Data.Common;
using HomeRental.Api.Data.PostgreSql;
using HomeRental.Api.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;

namespace HomeRental.Api.Tests.Support;

/// <summary>
/// Holds each insert of an order until a second one is about to run too, then lets both go: two bookings that both
/// checked the nights before either inserted are then sure to both insert, whatever the timing. A booking path that
/// checks and inserts inside one write transaction never brings two here at once: each waits alone for
/// <see cref="MaxWait"/> and goes on, so a correct path only costs that delay.
/// </summary>
/// <remarks>Works on the SQL that EF Core sends, so it forces the same interleaving on every database provider.</remarks>
public sealed class OrderInsertBarrier : DbCommandInterceptor
{
    /// <summary>Long enough for a second request that runs unserialized beside the first to arrive on a loaded machine, and shorter than the busy timeout a serialized one waits in.</summary>
    public static readonly TimeSpan MaxWait = TimeSpan.FromSeconds(2);

    private const int Parties = 2;

    private readonly Lock gate = new();
    private TaskCompletionSource meeting = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private int waiting;
    private int arrivals;

    /// <summary>How many inserts of an order have come to the barrier: proof that it stood where the test needs it.</summary>
    public int Arrivals => Volatile.Read(ref arrivals);

    /// <summary>Puts the barrier into an app's database context; give it to <see cref="HomeRentalFactory.WithTestServices"/>.</summary>
    public void AddTo(IServiceCollection services)
    {
        // The app registers the context type of the provider it was given.
        services.ConfigureDbContext<SqliteHomeRentalDbContext>(options => options.AddInterceptors(this));
        services.ConfigureDbContext<PostgreSqlHomeRentalDbContext>(options => options.AddInterceptors(this));
    }

    public override async ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(
        DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
    {
        if (command.CommandText.Contains("INSERT INTO \"Orders\"", StringComparison.Ordinal))
        {
            await MeetAsync();
        }
        return result;
    }

    private async Task MeetAsync()
    {
        Task met;
        lock (gate)
        {
            arrivals++;
            if (++waiting == Parties)
            {
                waiting = 0;
                meeting.SetResult();
                meeting = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
                return;
            }
            met = meeting.Task;
        }
        try
        {
            await met.WaitAsync(MaxWait);
        }
        catch (TimeoutException)
        {
            lock (gate)
            {
                if (met == meeting.Task)
                {
                    waiting--;
                }
            }
        }
    }
}
