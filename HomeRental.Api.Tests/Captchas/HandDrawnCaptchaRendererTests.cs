using System.Collections.Concurrent;
using System.Text;
using HomeRental.Api.Captchas;

namespace HomeRental.Api.Tests.Captchas;

public class HandDrawnCaptchaRendererTests
{
    // A glyph's solid core covers about 55 to 200 pixels; noise lines and dots never reach full ink.
    private const int MinimumGlyphInk = 25;

    private readonly HandDrawnCaptchaRenderer renderer = new();

    [Fact]
    public void Renders_a_valid_indexed_png_of_the_announced_size()
    {
        var png = PngFile.Read(renderer.RenderPng("AB23"));

        png.Width.Should().Be(HandDrawnCaptchaRenderer.Width);
        png.Height.Should().Be(HandDrawnCaptchaRenderer.Height);
        png.BitDepth.Should().Be(8);
        png.ColourType.Should().Be(3, "the image is indexed into a palette");
        png.Chunks.Select(chunk => chunk.Type).Should().Equal("IHDR", "PLTE", "IDAT", "IEND");
        png.Palette.Length.Should().BeGreaterThan(0).And.BeLessThanOrEqualTo(3 * 256);
        png.Palette.Length.Should().Be(3 * png.PaletteEntries);
    }

    [Fact]
    public void Every_chunk_carries_the_crc_of_its_type_and_data()
    {
        var png = PngFile.Read(renderer.RenderPng("XY7Z"));

        foreach (var chunk in png.Chunks)
        {
            var typeAndData = Encoding.ASCII.GetBytes(chunk.Type).Concat(chunk.Data).ToArray();
            chunk.StoredCrc.Should().Be(Crc32.Compute(typeAndData), $"the {chunk.Type} chunk's CRC should match");
        }
    }

    [Fact]
    public void Image_data_inflates_to_one_unfiltered_row_of_palette_indices_per_line()
    {
        var png = PngFile.Read(renderer.RenderPng("KM9Q"));

        png.Scanlines.Should().HaveCount(png.Height * (1 + png.Width));
        for (var y = 0; y < png.Height; y++)
        {
            png.Scanlines[y * (1 + png.Width)].Should().Be(0, "row {0} should use filter type 0", y);
        }
        png.Scanlines.Where((_, index) => index % (1 + png.Width) != 0)
            .Should().OnlyContain(paletteIndex => paletteIndex < png.PaletteEntries);
    }

    [Fact]
    public void Two_renders_of_the_same_text_differ()
    {
        var first = renderer.RenderPng("HJ45");
        var second = renderer.RenderPng("HJ45");

        PngFile.Read(first).Scanlines.Should().NotEqual(PngFile.Read(second).Scanlines);
    }

    [Theory]
    [MemberData(nameof(AlphabetCharacters))]
    public void Every_alphabet_character_is_drawn_in_its_own_quarter_of_the_image(char character)
    {
        var png = PngFile.Read(renderer.RenderPng(new string(character, 4)));

        // Only text reaches the darkest palette entry: noise is kept lighter so a person can tell them apart.
        var fullInk = png.PaletteEntries - 1;
        var quarterWidth = png.Width / 4;
        for (var quarter = 0; quarter < 4; quarter++)
        {
            var inked = 0;
            for (var y = 0; y < png.Height; y++)
            {
                for (var x = quarter * quarterWidth; x < (quarter + 1) * quarterWidth; x++)
                {
                    inked += png.IndexAt(x, y) == fullInk ? 1 : 0;
                }
            }
            inked.Should().BeGreaterThan(MinimumGlyphInk, "'{0}' should be drawn in quarter {1}", character, quarter);
        }
    }

    [Theory]
    [InlineData("")]
    [InlineData("ABCDEFG")]
    [InlineData("AB0C")]
    [InlineData("ab23")]
    public void Rejects_text_it_cannot_draw(string text)
    {
        var render = () => renderer.RenderPng(text);

        render.Should().Throw<ArgumentException>().WithParameterName("text");
    }

    [Fact]
    public void Renders_correct_pngs_from_many_threads_at_once()
    {
        const int threads = 16;
        const int rendersPerThread = 50;
        var failures = new ConcurrentQueue<Exception>();
        using var start = new Barrier(threads);

        var workers = Enumerable.Range(0, threads).Select(_ => new Thread(() =>
        {
            start.SignalAndWait();
            try
            {
                for (var render = 0; render < rendersPerThread; render++)
                {
                    var png = PngFile.Read(renderer.RenderPng(CaptchaText.Generate()));
                    png.Scanlines.Should().HaveCount(HandDrawnCaptchaRenderer.Height * (1 + HandDrawnCaptchaRenderer.Width));
                }
            }
            catch (Exception exception)
            {
                failures.Enqueue(exception);
            }
        })).ToList();
        workers.ForEach(worker => worker.Start());
        workers.ForEach(worker => worker.Join());

        failures.Should().BeEmpty();
    }

    public static TheoryData<char> AlphabetCharacters() => new(CaptchaText.Alphabet);
}
