using System.Net;
using System.Net.Http.Json;
using HomeRental.Api.Houses;
using HomeRental.Api.Tests.Support;

namespace HomeRental.Api.Tests.Houses;

public sealed class HouseDescriptionTests : IDisposable
{
    private readonly HomeRentalFactory factory = new();

    [Fact]
    public async Task A_description_keeps_its_line_breaks_and_can_be_changed()
    {
        var (host, _) = await factory.RegisterHostAsync();
        var body = HouseSteps.NewHouseBody();
        body["description"] = "  A quiet flat around a courtyard.\n\nThe second bedroom faces the garden.\r\nNo parties, please.  ";

        var created = await host.CreateHouseAsync(body);

        created.Description.Should().Be("A quiet flat around a courtyard.\n\nThe second bedroom faces the garden.\r\nNo parties, please.");
        (await factory.CreateApiClient().GetHouseAsync(created.Id)).Description.Should().Be(created.Description);
        var renamed = await (await host.PatchAsJsonAsync($"/api/v1.0/houses/{created.Id}", new { title = "New title" })).ReadJsonAsync<HouseDetail>();
        renamed.Description.Should().Be(created.Description, "a field that is not sent does not change");
        var changed = await (await host.PatchAsJsonAsync($"/api/v1.0/houses/{created.Id}", new { description = "Bright." })).ReadJsonAsync<HouseDetail>();
        changed.Description.Should().Be("Bright.");
        var cleared = await (await host.PatchAsJsonAsync($"/api/v1.0/houses/{created.Id}", new { description = "" })).ReadJsonAsync<HouseDetail>();
        cleared.Description.Should().BeEmpty();
    }

    [Fact]
    public async Task Without_a_description_the_house_has_an_empty_one()
    {
        var (host, _) = await factory.RegisterHostAsync();

        (await host.CreateHouseAsync()).Description.Should().BeEmpty();
    }

    [Theory]
    [InlineData(2001, false)]
    [InlineData(10, true)]
    public async Task A_description_is_at_most_2000_characters_of_text(int length, bool withTab)
    {
        var (host, _) = await factory.RegisterHostAsync();
        var body = HouseSteps.NewHouseBody();
        body["description"] = withTab ? "Quiet\tflat" : new string('d', length);

        var problem = await (await host.PostAsJsonAsync("/api/v1.0/houses", body)).ShouldBeProblemAsync(HttpStatusCode.BadRequest, "validation_failed");

        problem.GetProperty("errors").EnumerateObject().Select(error => error.Name).Should().Equal("description");
        body["description"] = new string('d', 2000);
        (await host.CreateHouseAsync(body)).Description.Should().HaveLength(2000);
    }

    public void Dispose() => factory.Dispose();
}
