using System.Globalization;
using Microsoft.Data.Sqlite;

namespace HomeRental.Bench;

/// <summary>The files, one value a line, that bench/run.sh and its wrk scripts read from a seeded database.</summary>
public static class BenchInputs
{
    public static async Task WriteAsync(string databasePath, string folder)
    {
        Directory.CreateDirectory(folder);
        await using var connection = new SqliteConnection($"Data Source={databasePath};Mode=ReadOnly");
        await connection.OpenAsync();

        await File.WriteAllLinesAsync(Path.Combine(folder, "phones.txt"),
            await ReadAsync(connection, "SELECT Phone FROM Users ORDER BY Id"));
        await File.WriteAllLinesAsync(Path.Combine(folder, "guest-phones.txt"),
            await ReadAsync(connection, $"SELECT Phone FROM Users WHERE Id IN ({string.Join(", ", Seeder.ReservedGuestIds)}) ORDER BY Id"));
        // Houses that take a 1-night stay (every house's maxNights allows one), none owned by a reserved guest.
        await File.WriteAllLinesAsync(Path.Combine(folder, "nightly-houses.txt"),
            await ReadAsync(connection, "SELECT Id FROM Houses WHERE MinNights = 1 ORDER BY Id"));
        await File.WriteAllTextAsync(Path.Combine(folder, "password.txt"), Seeder.Password);
        Console.WriteLine($"Wrote the benchmark inputs to {folder}.");
    }

    private static async Task<List<string>> ReadAsync(SqliteConnection connection, string sql)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await using var reader = await command.ExecuteReaderAsync();
        var values = new List<string>();
        while (await reader.ReadAsync())
        {
            values.Add(Convert.ToString(reader.GetValue(0), CultureInfo.InvariantCulture)!);
        }
        return values;
    }
}
