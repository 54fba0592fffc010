using System.Diagnostics;

namespace HomeRental.Api.Tests.Support;

/// <summary>A tool the tests run to its end (node, bash), with everything it wrote for the failure message.</summary>
public static class ExternalCommand
{
    public sealed record Result(int ExitCode, string Output);

    public static async Task<Result> RunAsync(string fileName, IEnumerable<string> arguments, string workingDirectory,
        TimeSpan timeout, IReadOnlyDictionary<string, string>? environment = null)
    {
        var startInfo = new ProcessStartInfo(fileName, arguments)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var (name, value) in environment ?? new Dictionary<string, string>())
        {
            startInfo.Environment[name] = value;
        }

        using var process = new Process { StartInfo = startInfo };
        var output = new CapturedOutput();
        output.Start(process);
        using var cancellation = new CancellationTokenSource(timeout);
        try
        {
            await process.WaitForExitAsync(cancellation.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
            return new Result(-1, $"{fileName} did not finish within {timeout.TotalSeconds} s:{Environment.NewLine}{output}");
        }
        // The asynchronous readers may still hold the last lines until the process's streams close.
        process.WaitForExit();
        return new Result(process.ExitCode, output.ToString());
    }
}
