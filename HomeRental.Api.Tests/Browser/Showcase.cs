using System.Text.Json.Nodes;
using HomeRental.Api.Data;
using HomeRental.Api.Houses;
using HomeRental.Api.Tests.Orders;
using HomeRental.Api.Tests.Support;

namespace HomeRental.Api.Tests.Browser;

/// <summary>A home as the showcase publishes it, with how many paid stays it gets.</summary>
public sealed record ShowcaseHome(
    string Title, int DistrictId, long PriceCents, string Address, int Rooms, int Area, string FloorPlan, int MaxGuests,
    string Beds, int[] AmenityIds, PictureColours Colours, int PaidStays);

/// <summary>
/// Listings that look like a running service, for the screenshots: three hosts, six homes with two photos each,
/// paid stays (so the most booked homes lead the home page) and reviews of the first home.
/// </summary>
public static class Showcase
{
    public static readonly IReadOnlyList<ShowcaseHome> Homes =
    [
        new("Sunlit loft by Houhai Lake", 2, 46_800, "27 Yandai Xiejie, Xicheng", 2, 75, "1 bedroom, 1 loft", 3,
            "1 queen bed, 1 sofa bed", [1, 2, 4, 13], PictureColours.Morning, PaidStays: 5),
        new("Courtyard siheyuan with a quiet garden", 1, 68_800, "9 Nanluoguxiang, Dongcheng", 3, 120, "3 bedrooms around a courtyard", 6,
            "2 double beds, 2 single beds", [1, 3, 4, 5, 11], PictureColours.Dusk, PaidStays: 4),
        new("Modern studio near the Olympic Park", 3, 32_900, "3 Datun Road, Chaoyang", 1, 38, "Open-plan studio", 2,
            "1 double bed", [1, 2, 7, 10, 12], PictureColours.Summer, PaidStays: 3),
        new("Family flat next to Peking University", 4, 39_900, "55 Chengfu Road, Haidian", 3, 96, "3 bedrooms, 1 living room", 5,
            "1 double bed, 3 single beds", [1, 3, 4, 5, 6], PictureColours.Lavender, PaidStays: 2),
        new("Skyline apartment in the CBD", 3, 89_900, "1 Jianguomenwai Avenue, Chaoyang", 2, 88, "2 bedrooms, 1 living room", 4,
            "2 king beds", [1, 2, 3, 6, 7, 10, 12], PictureColours.Sunset, PaidStays: 1),
        new("Garden cottage in Shunyi", 8, 55_900, "18 Tianzhu Road, Shunyi", 4, 150, "4 bedrooms, 2 living rooms", 8,
            "3 double beds, 2 single beds", [1, 3, 4, 11, 13, 14], PictureColours.Morning, PaidStays: 0),
    ];

    private static readonly string[] Reviews =
    [
        "Beautiful light in the morning and a five-minute walk to the lake. Lin had left tea and a hand-drawn map for us.",
        "Quiet, spotless and exactly as in the photos. The loft bed was a hit with our kids.",
    ];

    /// <summary>Publishes the homes and books them; answers them in the order of <see cref="Homes"/>.</summary>
    public static async Task<IReadOnlyList<HouseDetail>> SeedAsync(BrowserFixture browser)
    {
        var lin = await browser.NewPersonAsync("Lin Wei", host: true);
        await lin.SetAvatarAsync(HousePicture.Create(PictureColours.Sunset, width: 240, height: 240));
        var hosts = new[] { lin, await browser.NewPersonAsync("Sofia Marin", host: true), await browser.NewPersonAsync("Zhao Min", host: true) };
        var guests = new[] { await browser.NewPersonAsync("Anna K."), await browser.NewPersonAsync("Chen Yu"), await browser.NewPersonAsync("Mateo R.") };

        var houses = new List<HouseDetail>();
        foreach (var (home, index) in Homes.Select((home, index) => (home, index)))
        {
            var host = hosts[index % hosts.Length];
            var house = await host.PublishAsync(Body(home),
                HousePicture.Create(home.Colours, houseCentre: 0.5), HousePicture.Create(home.Colours, houseCentre: 0.32));
            for (var stay = 0; stay < home.PaidStays; stay++)
            {
                var checkIn = browser.Factory.Clock.Today.AddDays(10 + 3 * stay);
                await guests[stay % guests.Length].PaidStayAsync(host, house.Id, checkIn, checkIn.AddDays(2));
            }
            houses.Add(house);
        }

        foreach (var (comment, index) in Reviews.Select((comment, index) => (comment, index)))
        {
            var checkIn = browser.Factory.Clock.Today.AddDays(-30 + 7 * index);
            await browser.Factory.InsertOrderAsync(houses[0].Id, checkIn, checkIn.AddDays(3), OrderStatus.Completed, comment, guests[index].Id);
        }
        await browser.Factory.HouseReadsChangedAsync();
        return houses;
    }

    private static JsonObject Body(ShowcaseHome home) => new()
    {
        ["title"] = home.Title,
        ["priceCents"] = home.PriceCents,
        ["districtId"] = home.DistrictId,
        ["address"] = home.Address,
        ["roomCount"] = home.Rooms,
        ["areaSize"] = home.Area,
        ["floorPlan"] = home.FloorPlan,
        ["maxGuests"] = home.MaxGuests,
        ["bedConfig"] = home.Beds,
        ["depositCents"] = home.PriceCents,
        ["minNights"] = 1,
        ["maxNights"] = 30,
        ["amenityIds"] = new JsonArray([.. home.AmenityIds.Select(id => JsonValue.Create(id))]),
    };
}
