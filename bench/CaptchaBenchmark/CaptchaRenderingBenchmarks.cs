using BenchmarkDotNet.Attributes;
using HomeRental.Api.Captchas;

namespace CaptchaBenchmark;

[MemoryDiagnoser]
public class CaptchaRenderingBenchmarks
{
    private readonly CaptchaRenderer renderer = new();
    private readonly string[] texts = Enumerable.Range(0, 64).Select(_ => CaptchaText.Generate()).ToArray();
    private int next;

    [Benchmark]
    public byte[] RenderPng() => renderer.RenderPng(texts[next++ & (texts.Length - 1)]);

    [Benchmark]
    public string GenerateText() => CaptchaText.Generate();
}
