using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace HomeRental.Api.Tests.Support;

/// <summary>
/// A real redis-server process on a free loopback port, with no persistence, owned by the tests.
/// <see cref="Shared"/> serves the tests that only need a server; outage tests start their own.
/// </summary>
public sealed class RedisServer : IAsyncDisposable, IDisposable
{
    private const string ExecutableName = "redis-server";
    private const int PortAttempts = 3;
    private static readonly TimeSpan ReadyTimeout = TimeSpan.FromSeconds(10);
    private static readonly TimeSpan ReadyPollInterval = TimeSpan.FromMilliseconds(50);
    private static readonly Lazy<RedisServer> shared = new(StartShared, LazyThreadSafetyMode.ExecutionAndPublication);

    private readonly string executablePath;
    private readonly CapturedOutput output = new();
    private Process? process;

    private RedisServer(string executablePath, int port)
    {
        this.executablePath = executablePath;
        Port = port;
    }

    /// <summary>One server for the whole test run, started on first use and killed when the process exits.</summary>
    public static RedisServer Shared => shared.Value;

    public int Port { get; }

    /// <summary>The StackExchange.Redis configuration string, "127.0.0.1:port".</summary>
    public string Configuration => $"127.0.0.1:{Port}";

    /// <summary>Starts a server on a free port and returns once it answers PING.</summary>
    public static async Task<RedisServer> StartAsync()
    {
        var executablePath = FindExecutable();
        for (var attempt = 1; ; attempt++)
        {
            var server = new RedisServer(executablePath, LoopbackPort.Free());
            try
            {
                await server.LaunchAsync();
                return server;
            }
            catch (Exception exception)
            {
                server.Dispose();
                // Another process may take the port between finding it and redis binding it: try another.
                if (exception is not RedisServerExitedException || attempt == PortAttempts)
                {
                    throw;
                }
            }
        }
    }

    /// <summary>Kills the server, as an outage would; <see cref="StartAgainAsync"/> brings it back on the same port.</summary>
    public async Task StopAsync()
    {
        if (process is null)
        {
            return;
        }
        process.Kill();
        await process.WaitForExitAsync();
        process.Dispose();
        process = null;
    }

    /// <summary>Suspends the server (SIGSTOP): connections stay open and nothing answers, as when Redis hangs.</summary>
    public void Freeze() => Signals.Send(RunningProcess.Id, Signals.Stop);

    /// <summary>Resumes a frozen server (SIGCONT), with its data.</summary>
    public void Thaw() => Signals.Send(RunningProcess.Id, Signals.Continue);

    /// <summary>Starts the server again on the same port, empty, and returns once it answers PING.</summary>
    public Task StartAgainAsync()
    {
        if (process is not null)
        {
            throw new InvalidOperationException($"The Redis server on port {Port} is already running.");
        }
        return LaunchAsync();
    }

    private Process RunningProcess =>
        process ?? throw new InvalidOperationException($"The Redis server on port {Port} is not running.");

    public void Dispose()
    {
        if (process is null)
        {
            return;
        }
        process.Kill();
        process.WaitForExit();
        process.Dispose();
        process = null;
    }

    public ValueTask DisposeAsync() => new(StopAsync());

    private static RedisServer StartShared()
    {
        // Task.Run keeps the blocking wait off xunit's synchronization context.
        var server = Task.Run(StartAsync).GetAwaiter().GetResult();
        AppDomain.CurrentDomain.ProcessExit += (_, _) => server.Dispose();
        return server;
    }

    private static string FindExecutable()
    {
        var directories = (Environment.GetEnvironmentVariable("PATH") ?? string.Empty)
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries);
        return directories.Select(directory => Path.Combine(directory, ExecutableName)).FirstOrDefault(File.Exists)
            ?? throw new InvalidOperationException(
                $"{ExecutableName} was not found on PATH, and the store tests need a real Redis server. " +
                "Install it with `apt-get update && apt-get install -y redis-server`, or run ./test.sh, which installs it.");
    }


    private async Task LaunchAsync()
    {
        var startInfo = new ProcessStartInfo(executablePath)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[] { "--port", Port.ToString(), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no" })
        {
            startInfo.ArgumentList.Add(argument);
        }

        process = new Process { StartInfo = startInfo };
        output.Start(process);
        await WaitUntilReadyAsync(process);
    }

    private async Task WaitUntilReadyAsync(Process started)
    {
        var deadline = DateTime.UtcNow + ReadyTimeout;
        while (DateTime.UtcNow < deadline)
        {
            if (started.HasExited)
            {
                throw new RedisServerExitedException(
                    $"redis-server on port {Port} exited with code {started.ExitCode} before answering PING:{Environment.NewLine}{output}");
            }
            if (await AnswersPingAsync())
            {
                return;
            }
            await Task.Delay(ReadyPollInterval);
        }
        throw new TimeoutException(
            $"redis-server on port {Port} did not answer PING within {ReadyTimeout.TotalSeconds} s:{Environment.NewLine}{output}");
    }

    private async Task<bool> AnswersPingAsync()
    {
        using var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(1));
        try
        {
            await socket.ConnectAsync(IPAddress.Loopback, Port, timeout.Token);
            await socket.SendAsync(Encoding.ASCII.GetBytes("PING\r\n"), SocketFlags.None, timeout.Token);
            var reply = new byte[16];
            var length = await socket.ReceiveAsync(reply, SocketFlags.None, timeout.Token);
            return Encoding.ASCII.GetString(reply, 0, length).StartsWith("+PONG", StringComparison.Ordinal);
        }
        catch (Exception exception) when (exception is SocketException or OperationCanceledException)
        {
            return false;
        }
    }

    private sealed class RedisServerExitedException(string message) : Exception(message);
}
