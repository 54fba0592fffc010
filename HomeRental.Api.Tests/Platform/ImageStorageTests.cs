using System.Net;
using HomeRental.Api.Houses;
using HomeRental.Api.Infrastructure.Storage;
using HomeRental.Api.Tests.Support;
using HomeRental.Api.Users;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace HomeRental.Api.Tests.Platform;

/// <summary>Uploaded images kept as files or in the database (Storage:Images) are served alike under the same URLs.</summary>
public sealed class ImageStorageTests
{
    public static TheoryData<ImageStorage> Storages => [ImageStorage.Files, ImageStorage.Database];

    [Theory]
    [MemberData(nameof(Storages))]
    public async Task An_avatar_and_a_house_image_are_served_inert_and_cacheable(ImageStorage storage)
    {
        using var factory = Start(storage);
        var (client, _) = await factory.RegisterHostAsync();
        var house = await client.CreateHouseAsync();

        var avatar = await (await client.UploadAvatarAsync(HouseSteps.TinyPng)).ReadJsonAsync<AvatarResponse>();
        var image = await (await client.UploadHouseImageAsync(house.Id, HouseSteps.TinyPng)).ReadJsonAsync<HouseImageResponse>(HttpStatusCode.Created);

        foreach (var url in new[] { avatar.AvatarUrl, image.Url })
        {
            var served = await client.GetAsync(url);
            served.StatusCode.Should().Be(HttpStatusCode.OK);
            served.ShouldBeServedAsUpload();
            served.Content.Headers.ContentType!.MediaType.Should().Be("image/png");
            (await served.Content.ReadAsByteArrayAsync()).Should().Equal(HouseSteps.TinyPng);

            var head = await client.SendAsync(new HttpRequestMessage(HttpMethod.Head, url));
            head.StatusCode.Should().Be(HttpStatusCode.OK);
            head.ShouldBeServedAsUpload();
            head.Headers.ETag.Should().Be(served.Headers.ETag);
            head.Content.Headers.ContentType!.MediaType.Should().Be("image/png");
            head.Content.Headers.ContentLength.Should().Be(HouseSteps.TinyPng.Length);
            (await head.Content.ReadAsByteArrayAsync()).Should().BeEmpty();

            var revalidation = new HttpRequestMessage(HttpMethod.Get, url);
            revalidation.Headers.IfNoneMatch.Add(served.Headers.ETag!);
            var notModified = await client.SendAsync(revalidation);
            notModified.StatusCode.Should().Be(HttpStatusCode.NotModified);
            notModified.ShouldBeServedAsUpload();
            notModified.Headers.ETag.Should().Be(served.Headers.ETag);
        }
        await ShouldHoldAsync(factory, storage, images: 2);
    }

    [Theory]
    [MemberData(nameof(Storages))]
    public async Task A_replaced_avatar_is_removed(ImageStorage storage)
    {
        using var factory = Start(storage);
        var client = factory.CreateApiClient();
        await factory.RegisterAsync(client);

        var first = await (await client.UploadAvatarAsync(HouseSteps.TinyPng)).ReadJsonAsync<AvatarResponse>();
        var second = await (await client.UploadAvatarAsync(HouseSteps.TinyPng)).ReadJsonAsync<AvatarResponse>();

        (await client.GetAsync(first.AvatarUrl)).StatusCode.Should().Be(HttpStatusCode.NotFound);
        (await client.GetAsync(second.AvatarUrl)).StatusCode.Should().Be(HttpStatusCode.OK);
        await ShouldHoldAsync(factory, storage, images: 1);
    }

    [Theory]
    [MemberData(nameof(Storages))]
    public async Task An_unknown_name_is_not_found(ImageStorage storage)
    {
        using var factory = Start(storage);
        var client = factory.CreateApiClient();
        var unknown = $"/uploads/avatars/{Guid.NewGuid():N}.png";

        var get = await client.GetAsync(unknown);
        var head = await client.SendAsync(new HttpRequestMessage(HttpMethod.Head, unknown));

        get.StatusCode.Should().Be(HttpStatusCode.NotFound);
        head.StatusCode.Should().Be(HttpStatusCode.NotFound);
    }

    [Theory]
    [MemberData(nameof(Storages))]
    public async Task A_save_that_fails_midway_leaves_no_image(ImageStorage storage)
    {
        using var factory = Start(storage);
        var client = factory.CreateApiClient();
        var name = $"avatars/{Guid.NewGuid():N}.png";
        var store = factory.Services.GetRequiredService<IImageStore>();

        var save = () => store.SaveAsync(name, new BrokenUploadStream(HouseSteps.TinyPng), CancellationToken.None);

        await save.Should().ThrowAsync<IOException>();
        (await client.GetAsync($"/uploads/{name}")).StatusCode.Should().Be(HttpStatusCode.NotFound);
        await ShouldHoldAsync(factory, storage, images: 0);
    }

    [Theory]
    [InlineData("Cloud")]
    [InlineData("1")]
    public void A_storage_the_app_does_not_know_stops_the_start_and_names_the_setting(string storage)
    {
        using var factory = new HomeRentalFactory().WithSetting("Storage:Images", storage);

        var start = () => factory.CreateClient();

        start.Should().Throw<InvalidOperationException>().WithMessage($"Storage:Images is \"{storage}\"*use Files or Database.");
    }

    private static HomeRentalFactory Start(ImageStorage storage) => new HomeRentalFactory().WithSetting("Storage:Images", storage.ToString());

    /// <summary>The images are where the storage keeps them, and nowhere else.</summary>
    private static async Task ShouldHoldAsync(HomeRentalFactory factory, ImageStorage storage, int images)
    {
        var uploads = Path.Combine(factory.DataDirectory, "uploads");
        var files = Directory.Exists(uploads) ? Directory.GetFiles(uploads, "*", SearchOption.AllDirectories) : [];
        var rows = await factory.WithDbAsync(db => db.StoredImages.CountAsync());
        (storage == ImageStorage.Files ? files.Length : rows).Should().Be(images);
        (storage == ImageStorage.Files ? rows : files.Length).Should().Be(0);
    }

    /// <summary>A body that gives its first half and then fails, as an upload whose connection drops.</summary>
    private sealed class BrokenUploadStream(byte[] bytes) : Stream
    {
        private readonly MemoryStream firstHalf = new(bytes[..(bytes.Length / 2)]);

        public override bool CanRead => true;
        public override bool CanSeek => false;
        public override bool CanWrite => false;
        public override long Length => throw new NotSupportedException();
        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count)
        {
            var read = firstHalf.Read(buffer, offset, count);
            return read > 0 ? read : throw new IOException("The upload broke off.");
        }

        public override void Flush() { }
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
