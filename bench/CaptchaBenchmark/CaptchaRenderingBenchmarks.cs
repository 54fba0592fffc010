using BenchmarkDotNet.Attributes;
using HomeRental.Api.Captchas;

namespace CaptchaBenchmark;

[MemoryDiagnoser]
public class CaptchaRenderingBenchmarks
{
    private readonly HandDrawnCaptchaRenderer handDrawn = new();
    private readonly CaptchaRenderer skia = new();
    private readonly string[] texts = Enumerable.Range(0, 64).Select(_ => CaptchaText.Generate()).ToArray();
    private int next;

    [Benchmark(Baseline = true)]
    public byte[] RenderPngHandDrawn() => handDrawn.RenderPng(NextText());

    [Benchmark]
    public byte[] RenderPngSkia() => skia.RenderPng(NextText());

    [Benchmark]
    public string GenerateText() => CaptchaText.Generate();

    private string NextText() => texts[next++ & (texts.Length - 1)];
}
