using System.Collections.Concurrent;
using HomeRental.Api.Captchas;
using SkiaSharp;

namespace HomeRental.Api.Tests.Captchas;

public class CaptchaRendererTests
{
    // Pixels this dark are text: noise and paper are never drawn darker than CaptchaColours.DarkestNoise, and an
    // anti-aliased edge only reaches it where the text covers most of the pixel.
    private const float InkLuma = (CaptchaColours.LightestText + CaptchaColours.DarkestNoise) / 2;
    // A glyph inks 70 to 320 pixels; a quarter of the picture without one inks none.
    private const int MinimumGlyphInk = 40;
    // Rounding each channel of a colour to a byte moves its luma by half a step at most.
    private const float Rounding = 0.5f;

    private readonly CaptchaRenderer renderer = new();

    [Fact]
    public void Renders_a_png_of_the_announced_size()
    {
        var png = renderer.RenderPng("AB23");

        using var codec = SKCodec.Create(new MemoryStream(png));
        codec.EncodedFormat.Should().Be(SKEncodedImageFormat.Png);
        var picture = CaptchaPicture.Decode(png);
        picture.Width.Should().Be(CaptchaRenderer.Width);
        picture.Height.Should().Be(CaptchaRenderer.Height);
    }

    [Theory]
    [MemberData(nameof(AlphabetCharacters))]
    public void Every_alphabet_character_is_drawn_in_its_own_quarter_of_the_image(char character)
    {
        var picture = CaptchaPicture.Decode(renderer.RenderPng(new string(character, 4)));

        var quarterWidth = picture.Width / 4;
        for (var quarter = 0; quarter < 4; quarter++)
        {
            picture.CountLuma(0f, InkLuma, quarter * quarterWidth, (quarter + 1) * quarterWidth)
                .Should().BeGreaterThan(MinimumGlyphInk, "'{0}' should be drawn in quarter {1}", character, quarter);
        }
    }

    [Fact]
    public void Noise_is_drawn_between_the_text_and_the_paper_in_brightness()
    {
        var picture = CaptchaPicture.Decode(renderer.RenderPng("XY7Z"));

        // Noise dots and lines cover a few hundred pixels in full, and their anti-aliased edges more.
        picture.CountLuma(CaptchaColours.DarkestNoise - Rounding, CaptchaColours.LightestNoise + Rounding).Should().BeGreaterThan(150);
        picture.CountLuma(CaptchaColours.DarkestPaper - Rounding, 255f).Should().BeGreaterThan(picture.Width * picture.Height / 2,
            "most of the picture is bare paper");
    }

    [Fact]
    public void Text_colours_are_darker_than_noise_colours_which_are_darker_than_paper()
    {
        var random = new Random(12);
        for (var draw = 0; draw < 1000; draw++)
        {
            CaptchaColours.Luma(CaptchaColours.Text(random)).Should()
                .BeInRange(CaptchaColours.DarkestText - Rounding, CaptchaColours.LightestText + Rounding);
            CaptchaColours.Luma(CaptchaColours.Noise(random)).Should()
                .BeInRange(CaptchaColours.DarkestNoise - Rounding, CaptchaColours.LightestNoise + Rounding);
            CaptchaColours.Luma(CaptchaColours.Paper(random)).Should()
                .BeInRange(CaptchaColours.DarkestPaper - Rounding, CaptchaColours.LightestPaper + Rounding);
        }
        CaptchaColours.LightestText.Should().BeLessThan(CaptchaColours.DarkestNoise);
        CaptchaColours.LightestNoise.Should().BeLessThan(CaptchaColours.DarkestPaper);
    }

    [Fact]
    public void Two_renders_of_the_same_text_differ()
    {
        var first = CaptchaPicture.Decode(renderer.RenderPng("HJ45"));
        var second = CaptchaPicture.Decode(renderer.RenderPng("HJ45"));

        first.SamePixelsAs(second).Should().BeFalse();
    }

    [Theory]
    [InlineData("")]
    [InlineData("ABCDEFG")]
    [InlineData("AB0C")]
    [InlineData("ab23")]
    [InlineData(null)]
    public void Rejects_text_it_cannot_draw(string? text)
    {
        var render = () => renderer.RenderPng(text!);

        render.Should().Throw<ArgumentException>().WithParameterName("text");
    }

    [Fact]
    public void Draws_with_the_typeface_embedded_in_the_app_whatever_fonts_the_system_has()
    {
        var typeface = CaptchaTypeface.Typeface;

        typeface.FamilyName.Should().Be(CaptchaTypeface.FamilyName);
        typeface.IsBold.Should().BeTrue();
        using (var embedded = CaptchaTypeface.OpenFontFile())
        using (var loaded = SKData.Create(typeface.OpenStream()))
        {
            loaded.ToArray().Should().Equal(ReadAll(embedded), "the typeface is made from the embedded font file");
        }
        using var font = new SKFont(typeface, GlyphOutline.FontSize);
        font.ContainsGlyphs(CaptchaText.Alphabet).Should().BeTrue();
        font.GetGlyphs(CaptchaText.Alphabet).Should().NotContain(0);
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
                    var picture = CaptchaPicture.Decode(renderer.RenderPng(CaptchaText.Generate()));
                    picture.Width.Should().Be(CaptchaRenderer.Width);
                    picture.CountLuma(0f, InkLuma).Should().BeGreaterThan(4 * MinimumGlyphInk);
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

    private static byte[] ReadAll(Stream stream)
    {
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }
}
