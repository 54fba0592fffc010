using System.Net;
using System.Net.Http.Json;
using HomeRental.Api.Houses;
using HomeRental.Api.Tests.Support;

namespace HomeRental.Api.Tests.Houses;

/// <summary>A host removes photos and chooses the cover; a home without any photo leaves search and featured until it has one.</summary>
public sealed class HouseImageManagementTests : IDisposable
{
    private readonly HomeRentalFactory factory = new();

    [Fact]
    public async Task Removing_the_cover_moves_it_to_the_oldest_photo_left_and_removing_the_last_unlists_the_home()
    {
        var (host, _) = await factory.RegisterHostAsync();
        var reader = factory.CreateApiClient();
        var house = await host.CreateHouseAsync();
        var images = new List<HouseImageResponse>();
        for (var count = 0; count < 3; count++)
        {
            images.Add(await (await host.UploadHouseImageAsync(house.Id, HouseSteps.TinyPng)).ReadJsonAsync<HouseImageResponse>(HttpStatusCode.Created));
        }
        (await reader.SearchAsync("")).Ids().Should().Equal(house.Id);

        (await host.DeleteAsync($"/api/v1.0/houses/{house.Id}/images/{images[0].Id}")).StatusCode.Should().Be(HttpStatusCode.NoContent);

        var detail = await reader.GetHouseAsync(house.Id);
        detail.CoverImageUrl.Should().Be(images[1].Url);
        detail.Images.Should().Equal(images[1], images[2]);
        (await reader.GetAsync(images[0].Url)).StatusCode.Should().Be(HttpStatusCode.NotFound, "the removed photo's file is gone");
        (await reader.SearchAsync("")).Items.Single().CoverImageUrl.Should().Be(images[1].Url);

        (await host.DeleteAsync($"/api/v1.0/houses/{house.Id}/images/{images[2].Id}")).StatusCode.Should().Be(HttpStatusCode.NoContent);
        (await reader.GetHouseAsync(house.Id)).CoverImageUrl.Should().Be(images[1].Url, "a photo that was not the cover leaves the cover alone");
        (await host.DeleteAsync($"/api/v1.0/houses/{house.Id}/images/{images[1].Id}")).StatusCode.Should().Be(HttpStatusCode.NoContent);

        detail = await reader.GetHouseAsync(house.Id);
        (detail.CoverImageUrl, detail.Images.Count).Should().Be((null, 0));
        (await reader.SearchAsync("")).TotalCount.Should().Be(0, "a home without a photo is not listed");
        (await reader.GetFromJsonAsync<List<FeaturedHouse>>("/api/v1.0/houses/featured")).Should().BeEmpty();
        (await host.GetFromJsonAsync<PagedBody>("/api/v1.0/users/me/houses"))!.TotalCount.Should().Be(1, "its host still sees it, without a cover");
    }

    [Fact]
    public async Task The_host_chooses_any_of_the_house_s_photos_as_the_cover()
    {
        var (host, _) = await factory.RegisterHostAsync();
        var house = await host.CreateHouseAsync();
        var first = await (await host.UploadHouseImageAsync(house.Id, HouseSteps.TinyPng)).ReadJsonAsync<HouseImageResponse>(HttpStatusCode.Created);
        var second = await (await host.UploadHouseImageAsync(house.Id, HouseSteps.TinyPng)).ReadJsonAsync<HouseImageResponse>(HttpStatusCode.Created);
        var reader = factory.CreateApiClient();
        (await reader.SearchAsync("")).Items.Single().CoverImageUrl.Should().Be(first.Url, "cached before the change");

        var detail = await (await host.PutAsJsonAsync($"/api/v1.0/houses/{house.Id}/cover", new { imageId = second.Id })).ReadJsonAsync<HouseDetail>();

        detail.CoverImageUrl.Should().Be(second.Url);
        detail.Images.Should().Equal([first, second], "choosing the cover keeps the photos in their order");
        (await reader.SearchAsync("")).Items.Single().CoverImageUrl.Should().Be(second.Url);
        (await reader.GetFromJsonAsync<List<FeaturedHouse>>("/api/v1.0/houses/featured"))!.Single().CoverImageUrl.Should().Be(second.Url);
    }

    [Fact]
    public async Task Only_the_owner_manages_photos_and_only_the_house_s_own()
    {
        var (host, _) = await factory.RegisterHostAsync();
        var (other, _) = await factory.RegisterHostAsync();
        var house = await host.CreateHouseAsync();
        var otherHouse = await other.CreateHouseAsync();
        var image = await (await host.UploadHouseImageAsync(house.Id, HouseSteps.TinyPng)).ReadJsonAsync<HouseImageResponse>(HttpStatusCode.Created);
        var othersImage = await (await other.UploadHouseImageAsync(otherHouse.Id, HouseSteps.TinyPng)).ReadJsonAsync<HouseImageResponse>(HttpStatusCode.Created);

        await (await other.DeleteAsync($"/api/v1.0/houses/{house.Id}/images/{image.Id}")).ShouldBeProblemAsync(HttpStatusCode.Forbidden, "forbidden");
        await (await other.PutAsJsonAsync($"/api/v1.0/houses/{house.Id}/cover", new { imageId = image.Id })).ShouldBeProblemAsync(HttpStatusCode.Forbidden, "forbidden");
        await (await host.DeleteAsync($"/api/v1.0/houses/{house.Id}/images/{othersImage.Id}")).ShouldBeProblemAsync(HttpStatusCode.NotFound, "image_not_found");
        await (await host.PutAsJsonAsync($"/api/v1.0/houses/{house.Id}/cover", new { imageId = othersImage.Id })).ShouldBeProblemAsync(HttpStatusCode.NotFound, "image_not_found");
        await (await host.PutAsJsonAsync($"/api/v1.0/houses/{house.Id}/cover", new { imageId = 999_999 })).ShouldBeProblemAsync(HttpStatusCode.NotFound, "image_not_found");
        await (await host.PutAsJsonAsync($"/api/v1.0/houses/{house.Id}/cover", new { })).ShouldBeProblemAsync(HttpStatusCode.BadRequest, "validation_failed");
        await (await factory.CreateApiClient().DeleteAsync($"/api/v1.0/houses/{house.Id}/images/{image.Id}")).ShouldBeProblemAsync(HttpStatusCode.Unauthorized, "not_signed_in");
        await (await host.DeleteAsync($"/api/v1.0/houses/999999/images/{image.Id}")).ShouldBeProblemAsync(HttpStatusCode.NotFound, "house_not_found");

        (await host.GetHouseAsync(house.Id)).Images.Should().Equal(image);
        (await host.GetHouseAsync(otherHouse.Id)).Images.Should().Equal(othersImage);
    }

    public void Dispose() => factory.Dispose();

    private sealed record PagedBody(int TotalCount);
}
