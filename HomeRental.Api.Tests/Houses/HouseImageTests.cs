using System.Net;
using HomeRental.Api.Houses;
using HomeRental.Api.Tests.Support;

namespace HomeRental.Api.Tests.Houses;

public sealed class HouseImageTests : IDisposable
{
    private readonly HomeRentalFactory factory = new();

    [Fact]
    public async Task The_first_image_becomes_the_cover_and_later_ones_are_only_added()
    {
        var (client, _) = await factory.RegisterHostAsync();
        var house = await client.CreateHouseAsync();

        var firstResponse = await client.UploadHouseImageAsync(house.Id, HouseSteps.TinyPng);
        var first = await firstResponse.ReadJsonAsync<HouseImageResponse>(HttpStatusCode.Created);
        var second = await (await client.UploadHouseImageAsync(house.Id, HouseSteps.TinyPng)).ReadJsonAsync<HouseImageResponse>(HttpStatusCode.Created);

        first.Url.Should().MatchRegex(@"^/uploads/houses/[0-9a-f]{32}\.png$");
        firstResponse.Headers.Location!.OriginalString.Should().Be(first.Url);
        second.Url.Should().NotBe(first.Url);
        var detail = await client.GetHouseAsync(house.Id);
        detail.CoverImageUrl.Should().Be(first.Url);
        detail.Images.Should().Equal(first, second);
        var served = await client.GetAsync(first.Url);
        served.Content.Headers.ContentType!.MediaType.Should().Be("image/png");
        (await served.Content.ReadAsByteArrayAsync()).Should().Equal(HouseSteps.TinyPng);
    }

    [Fact]
    public async Task A_file_that_is_not_an_image_by_its_bytes_is_refused()
    {
        var (client, _) = await factory.RegisterHostAsync();
        var house = await client.CreateHouseAsync();

        var response = await client.UploadHouseImageAsync(house.Id, "<svg onload=alert(1)>"u8.ToArray());

        await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest, "unsupported_image");
        (await client.GetHouseAsync(house.Id)).Should().BeEquivalentTo(new { CoverImageUrl = (string?)null, Images = Array.Empty<HouseImageResponse>() });
    }

    [Fact]
    public async Task An_upload_without_the_image_field_is_refused()
    {
        var (client, _) = await factory.RegisterHostAsync();
        var house = await client.CreateHouseAsync();

        var response = await client.UploadHouseImageAsync(house.Id, HouseSteps.TinyPng, field: "picture");

        await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest, "unsupported_image");
    }

    [Theory]
    [InlineData(5 * 1024 * 1024 + 1)]
    [InlineData(8 * 1024 * 1024)]
    public async Task An_image_over_5_MiB_is_too_large(int size)
    {
        var (client, _) = await factory.RegisterHostAsync();
        var house = await client.CreateHouseAsync();
        var large = new byte[size];
        HouseSteps.TinyPng.CopyTo(large, 0);

        var response = await client.UploadHouseImageAsync(house.Id, large);

        await response.ShouldBeProblemAsync(HttpStatusCode.RequestEntityTooLarge, "file_too_large");
        (await client.GetHouseAsync(house.Id)).Images.Should().BeEmpty();
    }

    [Fact]
    public async Task Only_the_owner_may_add_images()
    {
        var (owner, _) = await factory.RegisterHostAsync();
        var house = await owner.CreateHouseAsync();
        var stranger = factory.CreateApiClient();
        await factory.RegisterAsync(stranger);

        var forbidden = await stranger.UploadHouseImageAsync(house.Id, HouseSteps.TinyPng);
        var anonymous = await factory.CreateApiClient().UploadHouseImageAsync(house.Id, HouseSteps.TinyPng);
        var unknown = await owner.UploadHouseImageAsync(999_999, HouseSteps.TinyPng);

        await forbidden.ShouldBeProblemAsync(HttpStatusCode.Forbidden, "forbidden");
        await anonymous.ShouldBeProblemAsync(HttpStatusCode.Unauthorized, "not_signed_in");
        await unknown.ShouldBeProblemAsync(HttpStatusCode.NotFound, "house_not_found");
        (await owner.GetHouseAsync(house.Id)).Images.Should().BeEmpty();
        Directory.Exists(Path.Combine(factory.DataDirectory, "uploads", "houses")).Should().BeFalse("a refused upload stores no file");
    }

    [Fact]
    public async Task Two_first_uploads_at_once_leave_exactly_one_of_them_as_the_cover()
    {
        var (client, _) = await factory.RegisterHostAsync();
        var house = await client.CreateHouseAsync();

        var uploads = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => client.UploadHouseImageAsync(house.Id, HouseSteps.TinyPng)));

        var images = await Task.WhenAll(uploads.Select(upload => upload.ReadJsonAsync<HouseImageResponse>(HttpStatusCode.Created)));
        var detail = await client.GetHouseAsync(house.Id);
        detail.Images.Should().HaveCount(4);
        detail.CoverImageUrl.Should().Be(detail.Images[0].Url, "the cover is the image saved first");
        images.Select(image => image.Url).Should().Contain(detail.CoverImageUrl);
    }

    public void Dispose() => factory.Dispose();
}
