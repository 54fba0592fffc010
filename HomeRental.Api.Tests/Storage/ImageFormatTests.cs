using HomeRental.Api.Infrastructure.Storage;
using HomeRental.Api.Tests.Support;

namespace HomeRental.Api.Tests.Storage;

public sealed class ImageFormatTests
{
    [Theory]
    [MemberData(nameof(ImageSamples.Names), MemberType = typeof(ImageSamples))]
    public void An_image_is_told_by_its_first_bytes(string sample)
    {
        var bytes = ImageSamples.Bytes(sample);

        ImageFormat.Sniff(bytes.AsSpan(0, Math.Min(bytes.Length, ImageFormat.HeaderLength))).Should().Be(ImageSamples.Extension(sample));
    }
}
