using System.Net;
using HomeRental.Api.Data;
using HomeRental.Api.Houses.SearchIndex;
using HomeRental.Api.Orders;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.Mvc.Testing.Handlers;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace HomeRental.Api.Tests.Support;

/// <summary>
/// The whole app in memory with its own database (a SQLite file, or a database of the tests' PostgreSQL cluster, as
/// <see cref="TestDatabase"/> says), uploads and key ring in a fresh temporary folder, and the embedded store unless
/// a Redis configuration is given.
/// </summary>
public class HomeRentalFactory(string? redisConfiguration = null) : WebApplicationFactory<Program>
{
    private readonly Dictionary<string, string?> settings = new();
    private string? connectionString;
    private bool ownsDatabase = true;
    private readonly List<Action<IServiceCollection>> testServices = [];

    /// <summary>Every log entry the app writes, for tests that read a logged SMS code or look for leaks.</summary>
    public RecordingLoggerProvider Logs { get; } = new();

    /// <summary>Every charge the app asks its payment provider for.</summary>
    public RecordingPaymentProvider Payments { get; } = new();

    /// <summary>The hosting environment; outside Development cookies are Secure, so use <see cref="CreateApiClient"/> with HTTPS.</summary>
    public string EnvironmentName { get; init; } = "Development";

    public string DataDirectory { get; } = Directory.CreateTempSubdirectory("homerental-tests-").FullName;

    /// <summary>The provider of this app's database; set it to test what only one provider does.</summary>
    public DatabaseProvider DatabaseProvider { get; init; } = TestDatabase.Provider;

    /// <summary>The SQLite file, when <see cref="DatabaseProvider"/> is SQLite.</summary>
    public string DatabasePath => Path.Combine(DataDirectory, "homerental.db");

    /// <summary>This app's database, created on first use; other apps and processes given it share the database.</summary>
    public string ConnectionString => connectionString ??= DatabaseProvider == DatabaseProvider.PostgreSQL
        ? PostgresCluster.Shared.CreateDatabase()
        : $"Data Source={DatabasePath}";

    /// <summary>Uses a database of <paramref name="cluster"/> instead of the shared cluster's, for tests that stop their server.</summary>
    public HomeRentalFactory UseDatabaseOf(PostgresCluster cluster)
    {
        connectionString = cluster.CreateDatabase();
        ownsDatabase = false;
        return this;
    }

    /// <summary>Uses <paramref name="owner"/>'s database, as a second instance would; the owner drops it. Call before the first client.</summary>
    public HomeRentalFactory ShareDatabaseOf(HomeRentalFactory owner)
    {
        connectionString = owner.ConnectionString;
        ownsDatabase = false;
        return this;
    }

    /// <summary>Overrides one configuration key; call before the first client is created.</summary>
    public HomeRentalFactory WithSetting(string key, string? value)
    {
        settings[key] = value;
        return this;
    }

    /// <summary>Adds or replaces services after the app's own, for a seam one test class needs; call before the first client is created.</summary>
    public HomeRentalFactory WithTestServices(Action<IServiceCollection> configure)
    {
        testServices.Add(configure);
        return this;
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment(EnvironmentName);
        builder.ConfigureLogging(logging => logging.AddProvider(Logs));
        builder.UseSetting("Database:Provider", DatabaseProvider.ToString());
        builder.UseSetting("ConnectionStrings:HomeRental", ConnectionString);
        builder.UseSetting("Storage:UploadsPath", Path.Combine(DataDirectory, "uploads"));
        builder.UseSetting("Storage:KeysPath", Path.Combine(DataDirectory, "keys"));
        builder.UseSetting("Redis:Configuration", redisConfiguration ?? string.Empty);
        // Tests make their own data; DemoSeedTests turns the demo on.
        builder.UseSetting("Demo:Seed", "false");
        foreach (var (key, value) in settings)
        {
            builder.UseSetting(key, value);
        }
        builder.ConfigureTestServices(services =>
        {
            services.AddSingleton<IPaymentProvider>(Payments);
            testServices.ForEach(configure => configure(services));
        });
    }

    /// <summary>A client with its own cookies that, like the pages, echoes the csrf_token cookie in X-CSRF-Token.</summary>
    public HttpClient CreateApiClient(string baseAddress = "http://localhost")
    {
        var cookies = new CookieContainer();
        return CreateDefaultClient(new Uri(baseAddress), new CsrfHeaderHandler(cookies), new CookieContainerHandler(cookies));
    }

    /// <summary>A client that keeps cookies but never sends the CSRF header.</summary>
    public HttpClient CreateClientWithoutCsrfHeader() =>
        CreateDefaultClient(new Uri("http://localhost"), new CookieContainerHandler(new CookieContainer()));

    public async Task<T> WithDbAsync<T>(Func<HomeRentalDbContext, Task<T>> action)
    {
        await using var scope = Services.CreateAsyncScope();
        return await action(scope.ServiceProvider.GetRequiredService<HomeRentalDbContext>());
    }

    /// <summary>
    /// A write straight to the database that house reads must see: like the app's own writes, it is then recorded as a
    /// change (here of every house) and announced, so that the availability index has it when this returns.
    /// </summary>
    public async Task<T> ChangeDbAsync<T>(Func<HomeRentalDbContext, Task<T>> action)
    {
        var result = await WithDbAsync(action);
        await HouseReadsChangedAsync();
        return result;
    }

    /// <summary>Records and announces a change of every house, as a write through the app does for the houses it changes.</summary>
    public async Task HouseReadsChangedAsync()
    {
        var changes = Services.GetRequiredService<HouseChanges>();
        await WithDbAsync(async db =>
        {
            foreach (var houseId in await db.Houses.Select(house => house.Id).ToListAsync())
            {
                changes.Record(db, houseId);
            }
            return await db.SaveChangesAsync();
        });
        await changes.AnnounceAsync();
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing)
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            if (DatabaseProvider == DatabaseProvider.PostgreSQL && connectionString is not null && ownsDatabase)
            {
                PostgresCluster.Shared.DropDatabase(connectionString);
            }
            try
            {
                Directory.Delete(DataDirectory, recursive: true);
            }
            catch (IOException)
            {
                // A file still held open by a background thread; the temporary folder is cleaned by the OS.
            }
        }
    }
}
