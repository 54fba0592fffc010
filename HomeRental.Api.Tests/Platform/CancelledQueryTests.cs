using HomeRental.Api.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace HomeRental.Api.Tests.Platform;

/// <summary>A query cancelled because its client went away is not an error of the service.</summary>
public sealed class CancelledQueryTests : IDisposable
{
    private readonly HomeRentalFactory factory = new();

    [Fact]
    public async Task A_query_cancelled_while_it_runs_logs_no_warning_or_error()
    {
        factory.CreateClient();
        using var clientLeaves = new CancellationTokenSource(TimeSpan.FromMilliseconds(300));

        var endless = () => factory.WithDbAsync(async db =>
        {
            var rows = db.Database.SqlQueryRaw<long>(
                "WITH RECURSIVE counter(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM counter) SELECT n AS \"Value\" FROM counter");
            await foreach (var _ in rows.AsAsyncEnumerable().WithCancellation(clientLeaves.Token))
            {
            }
            return true;
        });

        await endless.Should().ThrowAsync<OperationCanceledException>();
        factory.Logs.Entries.Where(entry => entry.Category.StartsWith("Microsoft.EntityFrameworkCore", StringComparison.Ordinal) && entry.Level >= LogLevel.Warning)
            .Should().BeEmpty();
    }

    public void Dispose() => factory.Dispose();
}
