using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using HomeRental.Api.Districts;
using HomeRental.Api.Houses;
using HomeRental.Api.Tests.Support;

namespace HomeRental.Api.Tests.Houses;

public sealed class PublishingTests : IDisposable
{
    private readonly HomeRentalFactory factory = new();

    [Fact]
    public async Task A_verified_host_publishes_a_house_and_gets_its_detail_and_location()
    {
        var (client, host) = await factory.RegisterHostAsync();
        var body = HouseSteps.NewHouseBody();
        body["title"] = "  Sunny flat by the park  ";

        var response = await client.PostAsJsonAsync("/api/v1.0/houses", body);

        var created = await response.ReadJsonAsync<HouseDetail>(HttpStatusCode.Created);
        response.Headers.Location!.OriginalString.Should().Be($"/api/v1.0/houses/{created.Id}");
        created.Should().BeEquivalentTo(new
        {
            Title = "Sunny flat by the park",
            PriceCents = 35_000,
            Address = "12 Park Road, Chaoyang",
            RoomCount = 2,
            AreaSize = 65,
            FloorPlan = "2 bedrooms, 1 living room",
            MaxGuests = 4,
            BedConfig = "1 double bed, 2 single beds",
            DepositCents = 50_000,
            MinNights = 1,
            MaxNights = 0,
            BookingCount = 0,
            CoverImageUrl = (string?)null,
            District = new ReferenceItem(3, "Chaoyang"),
            Amenities = new[] { new ReferenceItem(1, "Wi-Fi"), new ReferenceItem(3, "Heating") },
            Images = Array.Empty<HouseImageResponse>(),
            Owner = new HouseOwner(host.Id, host.Username, null),
            Reviews = Array.Empty<HouseReview>(),
        });
        (await client.GetHouseAsync(created.Id)).Should().BeEquivalentTo(created);
    }

    [Fact]
    public async Task Optional_fields_take_their_defaults()
    {
        var (client, _) = await factory.RegisterHostAsync();
        var body = HouseSteps.NewHouseBody();
        foreach (var optional in new[] { "floorPlan", "bedConfig", "depositCents", "minNights", "maxNights", "amenityIds" })
        {
            body.Remove(optional);
        }

        var created = await client.CreateHouseAsync(body);

        created.Should().BeEquivalentTo(new { FloorPlan = "", BedConfig = "", DepositCents = 0, MinNights = 1, MaxNights = 0, Amenities = Array.Empty<ReferenceItem>() });
    }

    [Fact]
    public async Task Publishing_needs_a_session()
    {
        var response = await factory.CreateApiClient().PostAsJsonAsync("/api/v1.0/houses", HouseSteps.NewHouseBody());

        await response.ShouldBeProblemAsync(HttpStatusCode.Unauthorized, "not_signed_in");
        (await factory.WithDbAsync(db => Task.FromResult(db.Houses.Count()))).Should().Be(0);
    }

    [Fact]
    public async Task Publishing_needs_a_verified_identity()
    {
        var client = factory.CreateApiClient();
        await factory.RegisterAsync(client);

        var response = await client.PostAsJsonAsync("/api/v1.0/houses", HouseSteps.NewHouseBody());

        await response.ShouldBeProblemAsync(HttpStatusCode.Forbidden, "identity_required");
        (await factory.WithDbAsync(db => Task.FromResult(db.Houses.Count()))).Should().Be(0);
    }

    public static TheoryData<string, JsonNode?> InvalidFields() => new()
    {
        { "title", null },
        { "title", "   " },
        { "title", new string('t', 65) },
        { "title", "tab\there" },
        { "priceCents", null },
        { "priceCents", -1 },
        { "priceCents", HouseRules.MaxCents + 1 },
        { "districtId", null },
        { "address", "" },
        { "address", new string('a', 257) },
        { "roomCount", 0 },
        { "roomCount", HouseRules.MaxRoomCount + 1 },
        { "areaSize", null },
        { "areaSize", 0 },
        { "maxGuests", 0 },
        { "maxGuests", HouseRules.MaxGuests + 1 },
        { "floorPlan", new string('f', 65) },
        { "bedConfig", new string('b', 257) },
        { "depositCents", -1 },
        { "depositCents", HouseRules.MaxCents + 1 },
        { "minNights", 0 },
        { "minNights", 366 },
        { "maxNights", -1 },
        { "maxNights", 366 },
        { "amenityIds", new JsonArray(1, 1) },
    };

    [Theory]
    [MemberData(nameof(InvalidFields))]
    public async Task Every_field_is_validated_and_named(string field, JsonNode? value)
    {
        var (client, _) = await factory.RegisterHostAsync();
        var body = HouseSteps.NewHouseBody();
        body[field] = value?.DeepClone();

        var response = await client.PostAsJsonAsync("/api/v1.0/houses", body);

        var problem = await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest, "validation_failed");
        problem.GetProperty("errors").EnumerateObject().Select(error => error.Name).Should().Equal(field);
        (await factory.WithDbAsync(db => Task.FromResult(db.Houses.Count()))).Should().Be(0);
    }

    [Fact]
    public async Task Text_at_its_longest_after_trimming_is_accepted()
    {
        var (client, _) = await factory.RegisterHostAsync();
        var body = HouseSteps.NewHouseBody();
        body["title"] = " " + new string('t', HouseRules.TitleMaxLength) + " ";
        body["address"] = new string('a', HouseRules.AddressMaxLength);
        body["floorPlan"] = new string('f', HouseRules.FloorPlanMaxLength);
        body["bedConfig"] = new string('b', HouseRules.BedConfigMaxLength);
        body["priceCents"] = HouseRules.MaxCents;
        body["depositCents"] = 0;

        var created = await client.CreateHouseAsync(body);

        created.Title.Should().HaveLength(HouseRules.TitleMaxLength);
    }

    [Theory]
    [InlineData(3, 2, false)]
    [InlineData(3, 3, true)]
    [InlineData(3, 0, true)]
    public async Task The_longest_stay_is_0_or_at_least_the_shortest(int minNights, int maxNights, bool allowed)
    {
        var (client, _) = await factory.RegisterHostAsync();
        var body = HouseSteps.NewHouseBody();
        body["minNights"] = minNights;
        body["maxNights"] = maxNights;

        var response = await client.PostAsJsonAsync("/api/v1.0/houses", body);

        if (allowed)
        {
            response.StatusCode.Should().Be(HttpStatusCode.Created);
        }
        else
        {
            var problem = await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest, "validation_failed");
            problem.GetProperty("errors").TryGetProperty("maxNights", out _).Should().BeTrue();
        }
    }

    [Fact]
    public async Task Unknown_district_and_amenity_ids_are_validation_problems_naming_the_field()
    {
        var (client, _) = await factory.RegisterHostAsync();
        var unknownDistrict = HouseSteps.NewHouseBody();
        unknownDistrict["districtId"] = 999;
        var unknownAmenity = HouseSteps.NewHouseBody();
        unknownAmenity["amenityIds"] = new JsonArray(1, 998, 999);

        var district = await client.PostAsJsonAsync("/api/v1.0/houses", unknownDistrict);
        var amenity = await client.PostAsJsonAsync("/api/v1.0/houses", unknownAmenity);

        var districtProblem = await district.ShouldBeProblemAsync(HttpStatusCode.BadRequest, "validation_failed");
        districtProblem.GetProperty("errors").GetProperty("districtId")[0].GetString().Should().Contain("999");
        var amenityProblem = await amenity.ShouldBeProblemAsync(HttpStatusCode.BadRequest, "validation_failed");
        amenityProblem.GetProperty("errors").GetProperty("amenityIds")[0].GetString().Should().Contain("998, 999");
        (await factory.WithDbAsync(db => Task.FromResult(db.Houses.Count()))).Should().Be(0);
    }

    [Fact]
    public async Task The_owner_changes_only_the_fields_sent()
    {
        var (client, _) = await factory.RegisterHostAsync();
        var house = await client.CreateHouseAsync();

        var response = await client.PatchAsJsonAsync($"/api/v1.0/houses/{house.Id}",
            new { title = " New title ", priceCents = 42_000, districtId = 4, amenityIds = new[] { 5, 2 } });

        var changed = await response.ReadJsonAsync<HouseDetail>();
        changed.Should().BeEquivalentTo(house with
        {
            Title = "New title",
            PriceCents = 42_000,
            District = new ReferenceItem(4, "Haidian"),
            Amenities = [new ReferenceItem(2, "Air conditioning"), new ReferenceItem(5, "Washing machine")],
        });
        (await client.GetHouseAsync(house.Id)).Should().BeEquivalentTo(changed);
    }

    [Fact]
    public async Task An_empty_change_changes_nothing_and_an_empty_amenity_list_clears_them()
    {
        var (client, _) = await factory.RegisterHostAsync();
        var house = await client.CreateHouseAsync();

        var nothing = await (await client.PatchAsJsonAsync($"/api/v1.0/houses/{house.Id}", new { })).ReadJsonAsync<HouseDetail>();
        var cleared = await (await client.PatchAsJsonAsync($"/api/v1.0/houses/{house.Id}", new { amenityIds = Array.Empty<int>() })).ReadJsonAsync<HouseDetail>();

        nothing.Should().BeEquivalentTo(house);
        cleared.Amenities.Should().BeEmpty();
    }

    [Theory]
    [InlineData("{\"maxNights\":1}", "maxNights")]
    [InlineData("{\"minNights\":6}", "minNights")]
    [InlineData("{\"minNights\":4,\"maxNights\":3}", "maxNights")]
    public async Task A_change_of_night_limits_is_checked_against_the_stored_ones(string change, string field)
    {
        var (client, _) = await factory.RegisterHostAsync();
        var body = HouseSteps.NewHouseBody();
        body["minNights"] = 2;
        body["maxNights"] = 5;
        var house = await client.CreateHouseAsync(body);

        var response = await client.PatchAsync($"/api/v1.0/houses/{house.Id}", JsonContent.Create(JsonNode.Parse(change)));

        var problem = await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest, "validation_failed");
        problem.GetProperty("errors").EnumerateObject().Select(error => error.Name).Should().Equal(field);
        (await client.GetHouseAsync(house.Id)).Should().BeEquivalentTo(new { MinNights = 2, MaxNights = 5 });
    }

    [Fact]
    public async Task Night_limits_that_fit_together_are_accepted()
    {
        var (client, _) = await factory.RegisterHostAsync();
        var body = HouseSteps.NewHouseBody();
        body["minNights"] = 2;
        body["maxNights"] = 5;
        var house = await client.CreateHouseAsync(body);

        var unlimited = await (await client.PatchAsJsonAsync($"/api/v1.0/houses/{house.Id}", new { maxNights = 0 })).ReadJsonAsync<HouseDetail>();
        var longer = await (await client.PatchAsJsonAsync($"/api/v1.0/houses/{house.Id}", new { minNights = 6 })).ReadJsonAsync<HouseDetail>();

        unlimited.MaxNights.Should().Be(0);
        longer.Should().BeEquivalentTo(new { MinNights = 6, MaxNights = 0 });
    }

    [Theory]
    [InlineData("{\"title\":\"\"}", "title")]
    [InlineData("{\"priceCents\":-5}", "priceCents")]
    [InlineData("{\"districtId\":999}", "districtId")]
    [InlineData("{\"amenityIds\":[404]}", "amenityIds")]
    [InlineData("{\"amenityIds\":[2,2]}", "amenityIds")]
    [InlineData("{\"maxGuests\":0}", "maxGuests")]
    public async Task A_change_follows_the_same_rules(string change, string field)
    {
        var (client, _) = await factory.RegisterHostAsync();
        var house = await client.CreateHouseAsync();

        var response = await client.PatchAsync($"/api/v1.0/houses/{house.Id}", JsonContent.Create(JsonNode.Parse(change)));

        var problem = await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest, "validation_failed");
        problem.GetProperty("errors").TryGetProperty(field, out _).Should().BeTrue();
        (await client.GetHouseAsync(house.Id)).Should().BeEquivalentTo(house);
    }

    [Fact]
    public async Task Only_the_owner_may_change_a_house()
    {
        var (owner, _) = await factory.RegisterHostAsync();
        var house = await owner.CreateHouseAsync();
        var (stranger, _) = await factory.RegisterHostAsync();

        var forbidden = await stranger.PatchAsJsonAsync($"/api/v1.0/houses/{house.Id}", new { title = "Mine now" });
        var anonymous = await factory.CreateApiClient().PatchAsJsonAsync($"/api/v1.0/houses/{house.Id}", new { title = "Mine now" });
        var unknown = await owner.PatchAsJsonAsync("/api/v1.0/houses/999999", new { title = "Nowhere" });

        await forbidden.ShouldBeProblemAsync(HttpStatusCode.Forbidden, "forbidden");
        await anonymous.ShouldBeProblemAsync(HttpStatusCode.Unauthorized, "not_signed_in");
        await unknown.ShouldBeProblemAsync(HttpStatusCode.NotFound, "house_not_found");
        (await owner.GetHouseAsync(house.Id)).Title.Should().Be(house.Title);
    }

    public void Dispose() => factory.Dispose();
}
