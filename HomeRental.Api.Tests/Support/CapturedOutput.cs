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

    /// <summary>Starts the process, whose start info redirects both streams, and records every line it writes.</summary>
    public void Start(Process process)
    {
        process.OutputDataReceived += (_, line) => Record(line.Data);
        process.ErrorDataReceived += (_, line) => Record(line.Data);
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
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
        }
    }
}
