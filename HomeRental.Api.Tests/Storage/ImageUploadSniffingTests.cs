using System.Net;
using System.Net.Http.Json;
using HomeRental.Api.Houses;
using HomeRental.Api.Tests.Support;
using HomeRental.Api.Users;

namespace HomeRental.Api.Tests.Storage;

/// <summary>Avatars and house images follow the same rule: the bytes decide, whatever the name and the declared type say.</summary>
public sealed class ImageUploadSniffingTests : IDisposable
{
    private readonly HomeRentalFactory factory = new();

    [Theory]
    [MemberData(nameof(ImageSamples.Names), MemberType = typeof(ImageSamples))]
    public async Task Avatars_and_house_images_are_kept_or_refused_by_their_bytes(string sample)
    {
        var bytes = ImageSamples.Bytes(sample);
        var (client, _) = await factory.RegisterHostAsync();
        var house = await client.CreateHouseAsync();

        var avatar = await client.UploadAvatarAsync(bytes);
        var houseImage = await client.UploadHouseImageAsync(house.Id, bytes);

        if (ImageSamples.Extension(sample) is { } extension)
        {
            var avatarUrl = (await avatar.ReadJsonAsync<AvatarBody>()).AvatarUrl;
            var imageUrl = (await houseImage.ReadJsonAsync<HouseImageResponse>(HttpStatusCode.Created)).Url;
            avatarUrl.Should().MatchRegex($@"^/uploads/avatars/[0-9a-f]{{32}}\.{extension}$");
            imageUrl.Should().MatchRegex($@"^/uploads/houses/[0-9a-f]{{32}}\.{extension}$");
            (await client.GetByteArrayAsync(avatarUrl)).Should().Equal(bytes);
            (await client.GetByteArrayAsync(imageUrl)).Should().Equal(bytes);
        }
        else
        {
            await avatar.ShouldBeProblemAsync(HttpStatusCode.BadRequest, "unsupported_image");
            await houseImage.ShouldBeProblemAsync(HttpStatusCode.BadRequest, "unsupported_image");
            (await client.GetFromJsonAsync<UserProfile>("/api/v1.0/users/me"))!.AvatarUrl.Should().BeNull();
            (await client.GetHouseAsync(house.Id)).Images.Should().BeEmpty();
            Directory.Exists(Path.Combine(factory.DataDirectory, "uploads", "avatars")).Should().BeFalse("a refused upload stores no file");
            Directory.Exists(Path.Combine(factory.DataDirectory, "uploads", "houses")).Should().BeFalse("a refused upload stores no file");
        }
    }

    public void Dispose() => factory.Dispose();
}
