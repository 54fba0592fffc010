using System.Globalization;
using HomeRental.Api.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace HomeRental.Bench;

/// <summary>The files, one value a line, that bench/run.sh and its wrk scripts read from a seeded database.</summary>
public static class BenchInputs
{
    public static async Task WriteAsync(IServiceProvider services, string folder)
    {
        Directory.CreateDirectory(folder);
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<HomeRentalDbContext>();
        var reservedGuests = Seeder.ReservedGuestIds.ToList();

        await File.WriteAllLinesAsync(Path.Combine(folder, "phones.txt"),
            await db.Users.OrderBy(user => user.Id).Select(user => user.Phone).ToListAsync());
        await File.WriteAllLinesAsync(Path.Combine(folder, "guest-phones.txt"),
            await db.Users.Where(user => reservedGuests.Contains(user.Id)).OrderBy(user => user.Id).Select(user => user.Phone).ToListAsync());
        // Houses that take a 1-night stay (every house's maxNights allows one), none owned by a reserved guest.
        var nightlyHouses = await db.Houses.Where(house => house.MinNights == 1).OrderBy(house => house.Id).Select(house => house.Id).ToListAsync();
        await File.WriteAllLinesAsync(Path.Combine(folder, "nightly-houses.txt"),
            nightlyHouses.Select(id => id.ToString(CultureInfo.InvariantCulture)));
        await File.WriteAllTextAsync(Path.Combine(folder, "password.txt"), Seeder.Password);
        Console.WriteLine($"Wrote the benchmark inputs to {folder}.");
    }
}
