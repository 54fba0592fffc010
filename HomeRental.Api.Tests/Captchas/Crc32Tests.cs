using System.Text;
using HomeRental.Api.Captchas;

namespace HomeRental.Api.Tests.Captchas;

public class Crc32Tests
{
    [Fact]
    public void Matches_the_standard_check_value() =>
        Crc32.Compute("123456789"u8).Should().Be(0xCBF43926u);

    [Fact]
    public void Matches_the_png_specifications_iend_chunk() =>
        // Every PNG ends with the IEND chunk, whose CRC is always AE 42 60 82.
        Crc32.Compute(Encoding.ASCII.GetBytes("IEND")).Should().Be(0xAE426082u);

    [Fact]
    public void Of_nothing_is_zero() =>
        Crc32.Compute([]).Should().Be(0u);
}
