using HomeRental.Bench;

const string Usage = """
    Usage: dotnet HomeRental.Bench.dll <command>
      seed <Sqlite|PostgreSQL> <connection string> [houses=10000] [orders=50000]
                                                 empties the database (drops and creates it) and fills it
      inputs <Sqlite|PostgreSQL> <connection string> <folder>
                                                 writes what the wrk scripts read (see BenchInputs)
      password-cost [verifications=20]           times User.VerifyPassword on one thread and on all cores
    The connection string is the app's ConnectionStrings:HomeRental, for example "Data Source=data/homerental.db" or
    "Host=127.0.0.1;Port=5432;Username=postgres;Database=homerental".
    """;

switch (args)
{
    case ["seed", var provider, var connectionString, ..]:
        var houses = args.Length > 3 ? int.Parse(args[3]) : 10_000;
        var orders = args.Length > 4 ? int.Parse(args[4]) : 50_000;
        await using (var services = BenchDatabase.Open(provider, connectionString))
        {
            await Seeder.SeedAsync(services, houses, orders);
        }
        return 0;
    case ["inputs", var provider, var connectionString, var folder]:
        await using (var services = BenchDatabase.Open(provider, connectionString))
        {
            await BenchInputs.WriteAsync(services, folder);
        }
        return 0;
    case ["password-cost", ..]:
        PasswordCost.Measure(args.Length > 1 ? int.Parse(args[1]) : 20);
        return 0;
    default:
        Console.Error.WriteLine(Usage);
        return 2;
}
