using System.Diagnostics;
using System.Text;

namespace HomeRental.Api.Tests.Support;

/// <summary>
/// What child processes write to their standard output and error: read as it comes, so that a full pipe never
/// blocks a process, and kept for failure messages.
/// </summary>
/// <param name="copyTo">A file that also gets every line as it comes, or null.</param>
public sealed class CapturedOutput(string? copyTo = null)
{
    private readonly StringBuilder text = new();
    private readonly List<(Func<string, bool> Matches, TaskCompletionSource Seen)> awaited = [];

    /// <summary>Starts the process, whose start info redirects both streams, and records every line it writes.</summary>
    public void Start(Process process)
    {
        process.OutputDataReceived += (_, line) => Record(line.Data);
        process.ErrorDataReceived += (_, line) => Record(line.Data);
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
    }

    /// <summary>Completes once the process writes a line that <paramref name="matches"/> (lines written before the call count too).</summary>
    public Task LineWrittenAsync(Func<string, bool> matches)
    {
        var seen = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        lock (text)
        {
            if (text.ToString().Split(Environment.NewLine).Any(matches))
            {
                return Task.CompletedTask;
            }
            awaited.Add((matches, seen));
        }
        return seen.Task;
    }

    public override string ToString()
    {
        lock (text)
        {
            return text.ToString();
        }
    }

    private void Record(string? line)
    {
        if (line is null)
        {
            return;
        }
        lock (text)
        {
            text.AppendLine(line);
            if (copyTo is not null)
            {
                File.AppendAllText(copyTo, line + Environment.NewLine);
            }
            foreach (var waiter in awaited.Where(waiter => waiter.Matches(line)).ToList())
            {
                waiter.Seen.SetResult();
                awaited.Remove(waiter);
            }
        }
    }
}
