using System.Diagnostics;
using HomeRental.Api.Data;

namespace HomeRental.Bench;

/// <summary>What one sign-in's password check costs: the app's own <see cref="User.VerifyPassword"/>, timed on one thread and on all cores.</summary>
public static class PasswordCost
{
    private const int Batches = 5;

    /// <summary>
    /// Prints the CPU time of one verification: the mean of the fastest of <see cref="Batches"/> batches, the closer
    /// estimate of the cost on an idle core on a shared machine, and the mean of all. CPU time compares with the
    /// server's CPU per sign-in and depends less than wall time on what else runs.
    /// </summary>
    public static void Measure(int verifications)
    {
        var user = new User();
        user.SetPassword(Seeder.Password);
        if (!user.VerifyPassword(Seeder.Password))
        {
            throw new InvalidOperationException("The password does not verify against its own hash.");
        }

        var perBatch = Math.Max(1, verifications / Batches);
        var batchMeans = new List<double>();
        for (var batch = 0; batch < Batches; batch++)
        {
            var cpuBefore = Process.GetCurrentProcess().TotalProcessorTime;
            for (var i = 0; i < perBatch; i++)
            {
                user.VerifyPassword(Seeder.Password);
            }
            batchMeans.Add((Process.GetCurrentProcess().TotalProcessorTime - cpuBefore).TotalMicroseconds / perBatch);
        }
        Console.WriteLine($"best_cpu_us={batchMeans.Min():F0} mean_cpu_us={batchMeans.Average():F0} " +
            $"all_cores_per_second={VerificationsPerSecondOnAllCores(user, verifications):F0} verifications={perBatch * Batches}");
    }

    /// <summary>
    /// How many verifications a second the machine does with one thread per core: the most sign-ins a second it can
    /// answer. Two virtual cores need not double it (they may share a physical core).
    /// </summary>
    private static double VerificationsPerSecondOnAllCores(User user, int verifications)
    {
        var stopwatch = Stopwatch.StartNew();
        Parallel.For(0, verifications, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount },
            _ => user.VerifyPassword(Seeder.Password));
        return verifications / stopwatch.Elapsed.TotalSeconds;
    }
}
