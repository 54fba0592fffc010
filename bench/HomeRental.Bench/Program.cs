using HomeRental.Bench;

// Usage: seed <database file> [houses] [orders]
if (args is not ["seed", var databasePath, ..])
{
    Console.Error.WriteLine("Usage: dotnet run --project bench/HomeRental.Bench -c Release -- seed <database file> [houses=10000] [orders=50000]");
    return 2;
}
var houses = args.Length > 2 ? int.Parse(args[2]) : 10_000;
var orders = args.Length > 3 ? int.Parse(args[3]) : 50_000;
await Seeder.SeedAsync(Path.GetFullPath(databasePath), houses, orders);
return 0;
