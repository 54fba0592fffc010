using System.Net;
using System.Net.Http.Json;
using System.Security.Cryptography;
using HomeRental.Api.Districts;
using HomeRental.Api.Houses;
using HomeRental.Api.Infrastructure.Paging;
using HomeRental.Api.Tests.Orders;
using HomeRental.Api.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace HomeRental.Api.Tests.Demo;

/// <summary>A first start in Development fills an empty database with a demo that a newcomer can sign in to and browse.</summary>
public sealed class DemoSeedTests
{
    [Fact]
    public async Task An_empty_database_in_development_gets_homes_in_every_district_with_their_own_photos_reviews_and_people()
    {
        await using var factory = new HomeRentalFactory().WithSetting("Demo:Seed", "true");
        var visitor = factory.CreateApiClient();

        var homes = await visitor.GetFromJsonAsync<PagedList<HouseSummary>>("/api/v1.0/houses?pageSize=50");

        homes!.TotalCount.Should().BeGreaterThanOrEqualTo(30);
        homes.Items.Select(home => home.District.Name).Distinct().Should().BeEquivalentTo(ReferenceDataSeeder.DistrictNames);
        homes.Items.Select(home => home.Title).Should().OnlyHaveUniqueItems();
        var covers = await Task.WhenAll(homes.Items.Select(async home => Convert.ToHexString(SHA256.HashData(await visitor.GetByteArrayAsync(home.CoverImageUrl)))));
        covers.Should().OnlyHaveUniqueItems("every home has photos of its own");
        homes.Items.Select(home => home.Owner.AvatarUrl).Should().NotContainNulls();

        var reviewed = 0;
        foreach (var home in homes.Items)
        {
            var detail = await visitor.GetHouseAsync(home.Id);
            detail.Images.Should().HaveCount(2);
            detail.Description.Should().Contain("\n\n");
            reviewed += detail.Reviews.Count;
        }
        reviewed.Should().BeGreaterThanOrEqualTo(10);
        (await visitor.GetFromJsonAsync<List<FeaturedHouse>>("/api/v1.0/houses/featured")).Should().HaveCount(HouseProjections.MaxFeatured);
    }

    [Fact]
    public async Task The_demo_accounts_sign_in_with_the_demo_password_and_one_guest_has_an_order_to_pay()
    {
        await using var factory = new HomeRentalFactory().WithSetting("Demo:Seed", "true");

        foreach (var person in DemoData.People)
        {
            var client = factory.CreateApiClient();
            await client.GetAsync("/api/v1.0/csrf-token");
            var signIn = await client.PostAsJsonAsync("/api/v1.0/sessions", new { phone = person.Phone, password = DemoData.Password });
            signIn.StatusCode.Should().Be(HttpStatusCode.OK, person.Username);
            var orders = await client.GetFromJsonAsync<OrderPageBody>($"/api/v1.0/users/me/orders?role={(person.IsHost ? "host" : "guest")}");
            if (person.Phone == DemoData.GuestWithOrderToPay)
            {
                orders!.Items.Should().Contain(order => order.Status == "UNPAID" && order.ExpiresAt != null);
            }
            if (person.Username == "Wang Fang")
            {
                orders!.Items.Should().Contain(order => order.Status == "PENDING", "a request waits for her answer");
            }
        }
    }

    [Theory]
    [InlineData("Production", "true")]
    [InlineData("Development", "false")]
    public async Task There_is_no_demo_outside_development_or_when_it_is_turned_off(string environment, string seed)
    {
        await using var factory = new HomeRentalFactory { EnvironmentName = environment }.WithSetting("Demo:Seed", seed);
        factory.CreateApiClient("https://localhost").Dispose();

        (await factory.WithDbAsync(db => db.Users.CountAsync())).Should().Be(0);
        (await factory.WithDbAsync(db => db.Houses.CountAsync())).Should().Be(0);
    }

    [Fact]
    public async Task A_database_that_has_an_account_gets_no_demo()
    {
        await using var first = new HomeRentalFactory();
        await first.InsertUserAsync("Early bird");
        await using var second = new HomeRentalFactory().WithSetting("Demo:Seed", "true").ShareDatabaseOf(first);
        second.CreateApiClient().Dispose();

        (await second.WithDbAsync(db => db.Houses.CountAsync())).Should().Be(0);
        (await second.WithDbAsync(db => db.Users.Select(user => user.Username).ToListAsync())).Should().Equal("Early bird");
    }
}
