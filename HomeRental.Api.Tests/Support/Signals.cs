using System.Runtime.InteropServices;

namespace HomeRental.Api.Tests.Support;

/// <summary>POSIX signals to other processes, which <see cref="System.Diagnostics.Process"/> can only send as SIGKILL.</summary>
public static class Signals
{
    public const int Terminate = 15;
    public const int Continue = 18;
    public const int Stop = 19;

    public static void Send(int processId, int signal)
    {
        if (kill(processId, signal) != 0)
        {
            throw new InvalidOperationException($"kill({processId}, {signal}) failed with errno {Marshal.GetLastPInvokeError()}.");
        }
    }

    [DllImport("libc", SetLastError = true)]
    private static extern int kill(int pid, int sig);
}
