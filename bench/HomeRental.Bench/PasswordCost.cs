using System.Diagnostics;
using HomeRental.Api.Data;

namespace HomeRental.Bench;

/// <summary>What one sign-in's password check costs: the app's own <see cref="User.VerifyPassword"/>, timed on one thread.</summary>
public static class PasswordCost
{
    public static void Measure(int verifications)
    {
        var user = new User();
        user.SetPassword(Seeder.Password);
        if (!user.VerifyPassword(Seeder.Password))
        {
            throw new InvalidOperationException("The password does not verify against its own hash.");
        }

        var cpuBefore = Process.GetCurrentProcess().TotalProcessorTime;
        var stopwatch = Stopwatch.StartNew();
        for (var i = 0; i < verifications; i++)
        {
            user.VerifyPassword(Seeder.Password);
        }
        var wall = stopwatch.Elapsed;
        var cpu = Process.GetCurrentProcess().TotalProcessorTime - cpuBefore;
        // CPU time compares with the server's CPU per sign-in and depends less than wall time on what else runs.
        Console.WriteLine($"cpu_us={cpu.TotalMicroseconds / verifications:F0} wall_us={wall.TotalMicroseconds / verifications:F0} verifications={verifications}");
    }
}
