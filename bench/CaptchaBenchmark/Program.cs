using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Running;
using CaptchaBenchmark;
using HomeRental.Api.Captchas;

const int SizeSamples = 10_000;

var renderer = new CaptchaRenderer();

// `samples DIRECTORY [COUNT]` writes captchas to look at, named after their text, instead of measuring.
if (args is ["samples", var directory, ..])
{
    var count = args.Length > 2 ? int.Parse(args[2]) : 30;
    Directory.CreateDirectory(directory);
    for (var sample = 0; sample < count; sample++)
    {
        var text = CaptchaText.Generate();
        File.WriteAllBytes(Path.Combine(directory, $"{sample:D2}-{text}.png"), renderer.RenderPng(text));
    }
    Console.WriteLine($"Wrote {count} captchas to {directory}");
    return;
}

var sizes = Enumerable.Range(0, SizeSamples).Select(_ => renderer.RenderPng(CaptchaText.Generate()).Length).ToList();
Console.WriteLine(
    $"PNG size over {SizeSamples:N0} captchas of {CaptchaRenderer.Width} x {CaptchaRenderer.Height}: " +
    $"mean {sizes.Average():F0} bytes, min {sizes.Min()}, max {sizes.Max()}");

// One process pinned to the first core: the figures are what a single core delivers. The minimum
// shows the cost on an idle core when other work shares the machine. Twenty iterations after three
// warm-ups keep the run to a few minutes.
var config = DefaultConfig.Instance
    .AddJob(Job.Default.WithAffinity(1).WithLaunchCount(1).WithWarmupCount(3).WithIterationCount(20))
    .AddColumn(StatisticColumn.Median, StatisticColumn.Min);
var summary = BenchmarkRunner.Run<CaptchaRenderingBenchmarks>(config, args);

foreach (var report in summary.Reports.Where(report => report.ResultStatistics is not null))
{
    var statistics = report.ResultStatistics!;
    Console.WriteLine(
        $"{report.BenchmarkCase.Descriptor.WorkloadMethod.Name}: " +
        $"mean {statistics.Mean / 1000:F2} µs ({1e9 / statistics.Mean:N0} per second on one core), " +
        $"median {statistics.Median / 1000:F2} µs ({1e9 / statistics.Median:N0} per second), " +
        $"min {statistics.Min / 1000:F2} µs");
}
