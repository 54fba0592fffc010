using System.Diagnostics;
using Npgsql;

namespace HomeRental.Api.Tests.Support;

/// <summary>
/// A PostgreSQL cluster of the tests' own (initdb and pg_ctl in a temporary folder, on a free loopback port, never the
/// machine's system cluster), with one database per test app. <see cref="Shared"/> serves the whole test run.
/// </summary>
public sealed class PostgresCluster : IDisposable
{
    private const string ServerUser = "postgres";
    private const int PortAttempts = 3;
    private static readonly Lazy<PostgresCluster> shared = new(StartShared, LazyThreadSafetyMode.ExecutionAndPublication);

    private readonly string binDirectory;
    private readonly string folder;
    private int stopped;

    private PostgresCluster(string binDirectory, string folder, int port)
    {
        this.binDirectory = binDirectory;
        this.folder = folder;
        Port = port;
    }

    /// <summary>One cluster for the whole test run, started on first use and stopped when the process exits.</summary>
    public static PostgresCluster Shared => shared.Value;

    public int Port { get; }

    private string DataDirectory => Path.Combine(folder, "data");

    /// <summary>Creates an empty database and answers its connection string.</summary>
    public string CreateDatabase()
    {
        var name = $"homerental_{Guid.NewGuid():N}";
        using var connection = new NpgsqlConnection(ConnectionString("postgres") + ";Pooling=false");
        connection.Open();
        using var command = new NpgsqlCommand($"CREATE DATABASE \"{name}\"", connection);
        command.ExecuteNonQuery();
        return ConnectionString(name);
    }

    /// <summary>Drops a database made by <see cref="CreateDatabase"/>, closing what is still connected to it.</summary>
    public void DropDatabase(string connectionString)
    {
        var name = new NpgsqlConnectionStringBuilder(connectionString).Database;
        NpgsqlConnection.ClearPool(new NpgsqlConnection(connectionString));
        using var connection = new NpgsqlConnection(ConnectionString("postgres") + ";Pooling=false");
        connection.Open();
        using var command = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)", connection);
        command.ExecuteNonQuery();
    }

    public string ConnectionString(string database) =>
        $"Host=127.0.0.1;Port={Port};Username={ServerUser};Database={database};Include Error Detail=true";

    public static PostgresCluster Start()
    {
        var binDirectory = FindBinDirectory();
        for (var attempt = 1; ; attempt++)
        {
            var folder = Directory.CreateTempSubdirectory("homerental-pg-").FullName;
            var cluster = new PostgresCluster(binDirectory, folder, LoopbackPort.Free());
            try
            {
                cluster.Launch();
                return cluster;
            }
            catch (PostgresClusterException) when (attempt < PortAttempts)
            {
                // Another process may take the port between finding it and the server binding it: try another.
                cluster.Dispose();
            }
        }
    }

    public void Dispose()
    {
        if (Interlocked.Exchange(ref stopped, 1) == 1)
        {
            return;
        }
        if (File.Exists(Path.Combine(DataDirectory, "postmaster.pid")))
        {
            Run("pg_ctl", "-D", DataDirectory, "-m", "immediate", "-w", "stop");
        }
        Directory.Delete(folder, recursive: true);
    }

    private void Launch()
    {
        if (Environment.IsPrivilegedProcess)
        {
            // PostgreSQL refuses to run as root: the cluster belongs to the server's own user.
            RunTool("chown", ServerUser, folder);
        }
        Run("initdb", "-D", DataDirectory, "-U", ServerUser, "--auth=trust", "--encoding=UTF8", "--no-sync");
        // Durability across a crash of the machine is not what the tests check; a killed app loses nothing either way.
        var options = $"-p {Port} -c listen_addresses=127.0.0.1 -k {folder} -c max_connections=400 " +
            "-c fsync=off -c full_page_writes=off -c synchronous_commit=off";
        Run("pg_ctl", "-D", DataDirectory, "-l", Path.Combine(folder, "server.log"), "-o", options, "-w", "-t", "60", "start");
    }

    private void Run(string tool, params string[] arguments)
    {
        var path = Path.Combine(binDirectory, tool);
        if (Environment.IsPrivilegedProcess)
        {
            RunTool("runuser", ["-u", ServerUser, "--", path, .. arguments]);
        }
        else
        {
            RunTool(path, arguments);
        }
    }

    private void RunTool(string fileName, params string[] arguments)
    {
        var startInfo = new ProcessStartInfo(fileName)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = folder,
        };
        foreach (var argument in arguments)
        {
            startInfo.ArgumentList.Add(argument);
        }
        using var process = new Process { StartInfo = startInfo };
        var output = new CapturedOutput();
        output.Start(process);
        process.WaitForExit();
        if (process.ExitCode != 0)
        {
            var log = Path.Combine(folder, "server.log");
            throw new PostgresClusterException(
                $"{Path.GetFileName(fileName)} {string.Join(' ', arguments)} exited with code {process.ExitCode}:{Environment.NewLine}{output}" +
                (File.Exists(log) ? $"{Environment.NewLine}server log:{Environment.NewLine}{File.ReadAllText(log)}" : string.Empty));
        }
    }

    private static PostgresCluster StartShared()
    {
        var cluster = Start();
        AppDomain.CurrentDomain.ProcessExit += (_, _) => cluster.Dispose();
        return cluster;
    }

    private static string FindBinDirectory() =>
        Directory.Exists("/usr/lib/postgresql")
            ? Directory.GetDirectories("/usr/lib/postgresql")
                .Select(version => Path.Combine(version, "bin"))
                .Where(bin => File.Exists(Path.Combine(bin, "initdb")) && File.Exists(Path.Combine(bin, "pg_ctl")))
                .OrderByDescending(bin => int.TryParse(Path.GetFileName(Path.GetDirectoryName(bin)), out var major) ? major : 0)
                .FirstOrDefault() ?? throw NotInstalled()
            : throw NotInstalled();

    private static InvalidOperationException NotInstalled() => new(
        "PostgreSQL's server programs (initdb, pg_ctl) were not found under /usr/lib/postgresql/<version>/bin, and the " +
        "PostgreSQL tests need a real server. Install it with `apt-get update && apt-get install -y postgresql`, or run ./test.sh, which installs it.");

    private sealed class PostgresClusterException(string message) : Exception(message);
}
