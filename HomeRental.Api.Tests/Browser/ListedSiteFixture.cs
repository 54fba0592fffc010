using System.Collections.Concurrent;
using HomeRental.Api.Tests.Orders;
using HomeRental.Api.Tests.Support;
using Microsoft.Playwright;

namespace HomeRental.Api.Tests.Browser;

/// <summary>
/// The app with something on every page: Mei hosts a home that Kai asked to book, and she asked to book
/// Jun's home. Each tour of the pages (viewport, signed in or not) is taken once and shared by the tests.
/// </summary>
public sealed class ListedSiteFixture : IAsyncLifetime
{
    private readonly ConcurrentDictionary<(int Width, bool SignedIn), Lazy<Task<IReadOnlyList<PageVisit>>>> tours = new();

    public BrowserFixture Browser { get; } = new();

    public Person Mei { get; private set; } = null!;

    /// <summary>Mei's own home, which she can edit.</summary>
    public int OwnHouseId { get; private set; }

    /// <summary>Jun's home, which Mei can see and book.</summary>
    public int OtherHouseId { get; private set; }

    public async Task InitializeAsync()
    {
        await Browser.InitializeAsync();
        Mei = await Browser.NewPersonAsync("Mei", host: true);
        var jun = await Browser.NewPersonAsync("Jun", host: true);
        var kai = await Browser.NewPersonAsync("Kai");
        var meisHouse = await Mei.PublishAsync(HouseSteps.NewHouseBody(), HousePicture.Create(PictureColours.Summer));
        var junsHouse = await jun.PublishAsync(HouseSteps.NewHouseBody(), HousePicture.Create(PictureColours.Lavender));
        OwnHouseId = meisHouse.Id;
        OtherHouseId = junsHouse.Id;
        await kai.PlaceOrderAsync(meisHouse.Id, Browser.Factory.Clock.Today.AddDays(5), Browser.Factory.Clock.Today.AddDays(8));
        await Mei.PlaceOrderAsync(junsHouse.Id, Browser.Factory.Clock.Today.AddDays(5), Browser.Factory.Clock.Today.AddDays(8));
    }

    public Task<IReadOnlyList<PageVisit>> TourAsync(ViewportSize viewport, bool signedIn) =>
        tours.GetOrAdd((viewport.Width, signedIn), _ => new Lazy<Task<IReadOnlyList<PageVisit>>>(() =>
            PageTour.TakeAsync(Browser, PageTour.Pages(OtherHouseId, OwnHouseId), viewport, signedIn ? Mei.Profile.Phone : null))).Value;

    public Task DisposeAsync() => Browser.DisposeAsync();
}
