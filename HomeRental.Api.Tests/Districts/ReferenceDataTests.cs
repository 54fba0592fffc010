using System.Net;
using HomeRental.Api.Districts;
using HomeRental.Api.Tests.Support;

namespace HomeRental.Api.Tests.Districts;

public sealed class ReferenceDataTests : IDisposable
{
    private readonly HomeRentalFactory factory = new();
    private readonly HttpClient client;

    public ReferenceDataTests() => client = factory.CreateApiClient();

    [Theory]
    [InlineData("districts")]
    [InlineData("amenities")]
    public async Task The_list_holds_every_seeded_name_ordered_by_id(string list)
    {
        var expected = list == "districts" ? ReferenceDataSeeder.DistrictNames : ReferenceDataSeeder.AmenityNames;

        var items = await (await client.GetAsync($"/api/v1.0/{list}")).ReadJsonAsync<List<ReferenceItem>>();

        items.Select(item => item.Id).Should().BeInAscendingOrder().And.OnlyHaveUniqueItems();
        items.Select(item => item.Name).Should().Equal(expected);
    }

    [Theory]
    [InlineData("districts")]
    [InlineData("amenities")]
    public async Task The_list_has_a_strong_etag_and_a_matching_if_none_match_gets_304(string list)
    {
        var first = await client.GetAsync($"/api/v1.0/{list}");
        var etag = first.Headers.ETag!;

        var again = await GetWithIfNoneMatchAsync(list, etag.Tag);
        var weakForm = await GetWithIfNoneMatchAsync(list, $"W/{etag.Tag}");
        var amongOthers = await GetWithIfNoneMatchAsync(list, $"\"stale\", {etag.Tag}");
        var any = await GetWithIfNoneMatchAsync(list, "*");

        first.StatusCode.Should().Be(HttpStatusCode.OK);
        etag.IsWeak.Should().BeFalse();
        first.Headers.CacheControl!.Public.Should().BeTrue();
        foreach (var response in new[] { again, weakForm, amongOthers, any })
        {
            response.StatusCode.Should().Be(HttpStatusCode.NotModified);
            response.Headers.ETag.Should().Be(etag);
            (await response.Content.ReadAsByteArrayAsync()).Should().BeEmpty();
        }
    }

    [Fact]
    public async Task A_stale_etag_gets_the_whole_list_and_the_two_lists_have_different_etags()
    {
        var stale = await GetWithIfNoneMatchAsync("districts", "\"not-the-current-one\"");
        var amenities = await client.GetAsync("/api/v1.0/amenities");

        stale.StatusCode.Should().Be(HttpStatusCode.OK);
        (await stale.ReadJsonAsync<List<ReferenceItem>>()).Should().HaveCount(ReferenceDataSeeder.DistrictNames.Count);
        stale.Headers.ETag.Should().NotBe(amenities.Headers.ETag);
    }

    [Fact]
    public async Task The_etag_is_the_same_on_another_instance_over_the_same_data()
    {
        using var other = new HomeRentalFactory();

        var here = await client.GetAsync("/api/v1.0/districts");
        var there = await other.CreateApiClient().GetAsync("/api/v1.0/districts");

        there.Headers.ETag.Should().Be(here.Headers.ETag, "the tag is a hash of the body, not of the instance");
    }

    private Task<HttpResponseMessage> GetWithIfNoneMatchAsync(string list, string ifNoneMatch)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, $"/api/v1.0/{list}");
        request.Headers.TryAddWithoutValidation("If-None-Match", ifNoneMatch);
        return client.SendAsync(request);
    }

    public void Dispose() => factory.Dispose();
}
