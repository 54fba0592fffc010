using HomeRental.Bench;

const string Usage = """
    Usage: dotnet HomeRental.Bench.dll <command>
      seed <database file> [houses=10000] [orders=50000]   fills a fresh database
      inputs <database file> <folder>                      writes what the wrk scripts read (see BenchInputs)
      password-cost [verifications=20]                     times User.VerifyPassword on one thread and on all cores
    """;

switch (args)
{
    case ["seed", var databasePath, ..]:
        var houses = args.Length > 2 ? int.Parse(args[2]) : 10_000;
        var orders = args.Length > 3 ? int.Parse(args[3]) : 50_000;
        await Seeder.SeedAsync(Path.GetFullPath(databasePath), houses, orders);
        return 0;
    case ["inputs", var databasePath, var folder]:
        await BenchInputs.WriteAsync(Path.GetFullPath(databasePath), folder);
        return 0;
    case ["password-cost", ..]:
        PasswordCost.Measure(args.Length > 1 ? int.Parse(args[1]) : 20);
        return 0;
    default:
        Console.Error.WriteLine(Usage);
        return 2;
}
