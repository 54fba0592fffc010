using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace HomeRental.Api.Tests.Support;

/// <summary>
/// The app as a process of its own (<c>dotnet HomeRental.Api.dll</c>) on a free loopback port, for what only a real
/// process has: signals, a crash, a restart. It shares the database, uploads, key ring and Redis of a
/// <see cref="HomeRentalFactory"/>, which stays usable for set-up through the store, as a second instance would.
/// </summary>
public sealed class AppProcess : IAsyncDisposable
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(60);

    private readonly Process process;
    private readonly CapturedOutput output;

    private AppProcess(Process process, int port, string? outputFile)
    {
        this.process = process;
        output = new CapturedOutput(outputFile);
        Port = port;
        BaseAddress = new Uri($"http://127.0.0.1:{port}");
    }

    public int Port { get; }

    public Uri BaseAddress { get; }

    public bool HasExited => process.HasExited;

    /// <summary>
    /// Starts the app on the factory's database and Redis (empty: the embedded store) and returns once <c>/health/live</c>
    /// answers; its uploads and key ring are the factory's too, unless <paramref name="dataDirectory"/> gives it its own.
    /// </summary>
    /// <param name="settings">Environment variables on top of these, such as configuration keys (<c>Captchas__LogTexts</c>).</param>
    /// <param name="outputFile">A file that gets every line the app writes, as it writes it, for a script that reads the log.</param>
    public static async Task<AppProcess> StartAsync(HomeRentalFactory sharing, string redisConfiguration, string environmentName = "Development",
        IReadOnlyDictionary<string, string>? settings = null, string? outputFile = null, string? dataDirectory = null)
    {
        var port = LoopbackPort.Free();
        dataDirectory ??= sharing.DataDirectory;
        var startInfo = new ProcessStartInfo(DotnetHost(), [Path.Combine(AppContext.BaseDirectory, "HomeRental.Api.dll")])
        {
            WorkingDirectory = AppContext.BaseDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            Environment =
            {
                ["ASPNETCORE_ENVIRONMENT"] = environmentName,
                ["ASPNETCORE_URLS"] = $"http://127.0.0.1:{port}",
                ["Database__Provider"] = sharing.DatabaseProvider.ToString(),
                ["ConnectionStrings__HomeRental"] = sharing.ConnectionString,
                ["Storage__UploadsPath"] = Path.Combine(dataDirectory, "uploads"),
                ["Storage__KeysPath"] = Path.Combine(dataDirectory, "keys"),
                ["Redis__Configuration"] = redisConfiguration,
                // The whole test run shares a small machine: a slow moment of the host is not a Redis outage here.
                ["Redis__OperationTimeoutMilliseconds"] = "10000",
                ["Demo__Seed"] = "false",
                ["Logging__LogLevel__Default"] = "Warning",
                ["Logging__LogLevel__Microsoft.Hosting.Lifetime"] = "Information",
            },
        };
        foreach (var (name, value) in settings ?? new Dictionary<string, string>())
        {
            startInfo.Environment[name] = value;
        }
        var app = new AppProcess(new Process { StartInfo = startInfo }, port, outputFile);
        app.output.Start(app.process);
        try
        {
            await app.WaitUntilLiveAsync();
        }
        catch
        {
            await app.DisposeAsync();
            throw;
        }
        return app;
    }

    /// <summary>A client with its own cookies that sends the CSRF header as the pages do.</summary>
    public HttpClient CreateClient()
    {
        var cookies = new CookieContainer();
        var handler = new CsrfHeaderHandler(cookies) { InnerHandler = new SocketsHttpHandler { CookieContainer = cookies } };
        return new HttpClient(handler) { BaseAddress = BaseAddress, Timeout = TimeSpan.FromSeconds(60) };
    }

    /// <summary>Asks the app to stop (SIGTERM), as a service manager or an orchestrator does.</summary>
    public void Terminate() => Signals.Send(process.Id, Signals.Terminate);

    /// <summary>Kills the app at once (SIGKILL), as a crash or the OOM killer does.</summary>
    public async Task KillAsync()
    {
        process.Kill();
        await process.WaitForExitAsync();
    }

    /// <summary>Waits for the process to end and returns its exit code.</summary>
    public async Task<int> WaitForExitAsync(TimeSpan timeout)
    {
        using var cancellation = new CancellationTokenSource(timeout);
        try
        {
            await process.WaitForExitAsync(cancellation.Token);
        }
        catch (OperationCanceledException)
        {
            throw new TimeoutException($"The app did not exit within {timeout.TotalSeconds} s:{Environment.NewLine}{Output}");
        }
        return process.ExitCode;
    }

    /// <summary>Whether a new TCP connection to the app's port is refused.</summary>
    public async Task<bool> RefusesConnectionsAsync()
    {
        using var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
        try
        {
            await socket.ConnectAsync(IPAddress.Loopback, Port);
            return false;
        }
        catch (SocketException exception) when (exception.SocketErrorCode == SocketError.ConnectionRefused)
        {
            return true;
        }
    }

    /// <summary>Completes once the app writes a line containing <paramref name="text"/>, or fails after <paramref name="timeout"/>.</summary>
    public async Task WrittenAsync(string text, TimeSpan timeout)
    {
        try
        {
            await output.LineWrittenAsync(line => line.Contains(text, StringComparison.Ordinal)).WaitAsync(timeout);
        }
        catch (TimeoutException)
        {
            throw new TimeoutException($"The app did not write \"{text}\" within {timeout.TotalSeconds} s:{Environment.NewLine}{Output}");
        }
    }

    /// <summary>Everything the app wrote to its standard output and error, for failure messages.</summary>
    public string Output => output.ToString();

    public async ValueTask DisposeAsync()
    {
        if (!process.HasExited)
        {
            process.Kill();
            await process.WaitForExitAsync();
        }
        process.Dispose();
    }

    private async Task WaitUntilLiveAsync()
    {
        using var client = new HttpClient { BaseAddress = BaseAddress, Timeout = TimeSpan.FromSeconds(5) };
        var stopwatch = Stopwatch.StartNew();
        while (stopwatch.Elapsed < StartTimeout)
        {
            if (process.HasExited)
            {
                throw new InvalidOperationException($"The app exited with code {process.ExitCode} while starting:{Environment.NewLine}{Output}");
            }
            try
            {
                if ((await client.GetAsync("/health/live")).StatusCode == HttpStatusCode.OK)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }
            await Task.Delay(100);
        }
        throw new TimeoutException($"The app did not answer /health/live within {StartTimeout.TotalSeconds} s:{Environment.NewLine}{Output}");
    }

    /// <summary>The dotnet host running the tests, so that the app runs on the same runtime.</summary>
    private static string DotnetHost() =>
        Path.GetFileNameWithoutExtension(Environment.ProcessPath) == "dotnet" ? Environment.ProcessPath! : "dotnet";
}
