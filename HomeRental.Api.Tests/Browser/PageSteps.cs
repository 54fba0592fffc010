using System.Globalization;
using System.Text.RegularExpressions;
using HomeRental.Api.Tests.Support;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace HomeRental.Api.Tests.Browser;

/// <summary>An account as a person types it into the pages.</summary>
public sealed record Account(string Phone, string Username)
{
    public static Account New(string username) => new(AccountSteps.NewPhone(), username);
}

/// <summary>The house form as a host fills it in: money in yuan, the district and the amenities by name.</summary>
public sealed record HouseListing(
    string Title,
    string PricePerNight,
    string Deposit,
    string District,
    string Address,
    int Rooms,
    int Area,
    int MaxGuests,
    string FloorPlan,
    string Beds,
    int MinNights,
    int MaxNights,
    IReadOnlyList<string> Amenities);

/// <summary>
/// What a person does on the pages, step by step, with Playwright's waiting assertions in between. The only
/// things read from the app are those a person reads elsewhere: the captcha text (from the picture) and the
/// SMS code (from the phone).
/// </summary>
public static partial class PageSteps
{
    public static readonly ViewportSize Desktop = new() { Width = 1280, Height = 900 };
    public static readonly ViewportSize Phone = new() { Width = 375, Height = 812 };

    // Generous, for a loaded two-core CI machine; the waiting assertions return as soon as the page is there.
    private const float ActionTimeout = 30_000;
    private const float ExpectTimeout = 20_000;

    /// <summary>A tab in a new browser context (its own cookies and storage).</summary>
    public static async Task<BrowserPage> OpenTabAsync(this BrowserFixture browser, ViewportSize? viewport = null, bool bypassCsp = false)
    {
        SetDefaultExpectTimeout(ExpectTimeout);
        var size = viewport ?? Desktop;
        var tab = await browser.NewPageAsync(size.Width, size.Height, bypassCsp);
        tab.Page.SetDefaultTimeout(ActionTimeout);
        return tab;
    }

    public static Regex UrlEnding(string pathAndQuery) => new(Regex.Escape(pathAndQuery) + "$");

    public static async Task RegisterAsync(this BrowserFixture browser, IPage page, Account account)
    {
        await page.GotoAsync("/register");
        await page.GetByLabel("Mobile number").FillAsync(account.Phone);
        await page.GetByLabel("Characters in the picture").FillAsync(await browser.CaptchaTextAsync(page));
        await page.GetByRole(AriaRole.Button, new() { Name = "Send code" }).ClickAsync();
        await Expect(page.Locator("#sms-status")).ToContainTextAsync($"We sent a code to {account.Phone}");
        await page.GetByLabel("SMS code").FillAsync(browser.LoggedSmsCode(account.Phone));
        await page.GetByLabel("Password").FillAsync(AccountSteps.Password);
        await page.GetByLabel("Username").FillAsync(account.Username);
        await page.GetByRole(AriaRole.Button, new() { Name = "Create account" }).ClickAsync();
        await Expect(page).ToHaveURLAsync(UrlEnding("/my"));
        await Expect(page.Locator("#page-title")).ToHaveTextAsync(account.Username);
    }

    public static async Task SignInAsync(this IPage page, string phone, string password = AccountSteps.Password)
    {
        await page.GotoAsync("/login");
        await page.GetByLabel("Mobile number").FillAsync(phone);
        await page.GetByLabel("Password").FillAsync(password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in", Exact = true }).ClickAsync();
        await Expect(page).ToHaveURLAsync(UrlEnding("/my"));
        await Expect(page.Locator("#site-nav")).ToHaveAttributeAsync("data-state", "signed-in");
    }

    /// <summary>From the account page: the real name and identity number, once; the page then shows them masked.</summary>
    public static async Task VerifyIdentityAsync(this IPage page, string realName, string idNumber, string maskedIdNumber)
    {
        await page.GetByRole(AriaRole.Link, new() { Name = "Identity not verified" }).ClickAsync();
        await Expect(page).ToHaveURLAsync(UrlEnding("/auth"));
        await page.GetByLabel("Real name").FillAsync(realName);
        await page.GetByLabel("Identity number").FillAsync(idNumber);
        await page.GetByRole(AriaRole.Button, new() { Name = "Verify identity" }).ClickAsync();
        await Expect(page.Locator("#page-alert")).ToHaveTextAsync("Your identity is verified. You can now publish homes.");
        await Expect(page.Locator("#view-real-name")).ToHaveTextAsync(realName);
        await Expect(page.Locator("#view-id-number")).ToHaveTextAsync(maskedIdNumber);
    }

    /// <summary>From "my listings": the whole form, then one photo; answers the new house's id.</summary>
    public static async Task<int> PublishHouseAsync(this IPage page, HouseListing house, byte[] photo)
    {
        await page.GetByRole(AriaRole.Link, new() { Name = "Publish a home" }).First.ClickAsync();
        await Expect(page).ToHaveURLAsync(UrlEnding("/newhouse"));
        await page.GetByLabel("Title").FillAsync(house.Title);
        await page.GetByLabel("Price per night").FillAsync(house.PricePerNight);
        await page.GetByLabel("Deposit").FillAsync(house.Deposit);
        await page.GetByLabel("District", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = house.District });
        await page.GetByLabel("Address").FillAsync(house.Address);
        await page.GetByLabel("Rooms").FillAsync(house.Rooms.ToString());
        await page.GetByLabel("Area").FillAsync(house.Area.ToString());
        await page.GetByLabel("Maximum guests").FillAsync(house.MaxGuests.ToString());
        await page.GetByLabel("Floor plan").FillAsync(house.FloorPlan);
        await page.GetByLabel("Beds").FillAsync(house.Beds);
        await page.GetByLabel("Minimum nights").FillAsync(house.MinNights.ToString());
        await page.GetByLabel("Maximum nights").FillAsync(house.MaxNights.ToString());
        foreach (var amenity in house.Amenities)
        {
            await page.GetByLabel(amenity, new() { Exact = true }).CheckAsync();
        }
        await page.GetByRole(AriaRole.Button, new() { Name = "Publish and add photos" }).ClickAsync();
        await Expect(page.Locator("#created-alert")).ToHaveTextAsync($"“{house.Title}” is published.");

        await page.GetByLabel("Photos", new() { Exact = true }).SetInputFilesAsync(new FilePayload { Name = "living-room.png", MimeType = "image/png", Buffer = photo });
        await Expect(page.Locator(".upload-item")).ToContainTextAsync("✓ Uploaded · cover photo");
        var link = await page.GetByRole(AriaRole.Link, new() { Name = "View your listing" }).GetAttributeAsync("href");
        return int.Parse(HouseIdInLink().Match(link!).Groups[1].Value);
    }

    /// <summary>The home page's search form: a district and the dates.</summary>
    public static async Task SearchFromHomeAsync(this IPage page, string district, DateOnly checkIn, DateOnly checkOut)
    {
        await page.GotoAsync("/");
        await page.GetByLabel("District", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = district });
        await page.GetByLabel("Check-in").FillAsync(Iso(checkIn));
        await page.GetByLabel("Check-out").FillAsync(Iso(checkOut));
        await page.GetByRole(AriaRole.Button, new() { Name = "Search", Exact = true }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex($@"/search\?districtId=\d+&checkIn={Iso(checkIn)}&checkOut={Iso(checkOut)}$"));
    }

    /// <summary>On a house's booking page: picks the dates, which show the nights and the total before anything is sent.</summary>
    public static async Task ChooseDatesAsync(this IPage page, DateOnly checkIn, DateOnly checkOut)
    {
        await page.GetByLabel("Check-in").FillAsync(Iso(checkIn));
        await page.GetByLabel("Check-out").FillAsync(Iso(checkOut));
    }

    public static Task RequestToBookAsync(this IPage page) =>
        page.GetByRole(AriaRole.Button, new() { Name = "Request to book" }).ClickAsync();

    /// <summary>From the booking page's "Request sent" to the trip's card on "my trips".</summary>
    public static async Task SeeTheTripAsync(this IPage page)
    {
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Request sent" })).ToBeVisibleAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "See your trip" }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex(@"/orders#order-\d+$"));
    }

    /// <summary>An order's card on "my trips" or "guest requests", found by its dates as the card shows them.</summary>
    public static ILocator OrderCard(this IPage page, DateOnly checkIn, DateOnly checkOut) =>
        page.Locator(".order-card").Filter(new() { HasText = Stay(checkIn, checkOut) });

    public static ILocator StatusBadge(this ILocator orderCard) => orderCard.Locator(".badge[data-status]");

    public static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd");

    /// <summary>A date as every page shows it: "12 Dec 2026" (the pages join its words with no-break spaces).</summary>
    public static string Shown(DateOnly date) => date.ToString("d MMM yyyy", CultureInfo.InvariantCulture);

    /// <summary>A stay as the pages show it: "12 Dec 2026 → 15 Dec 2026".</summary>
    public static string Stay(DateOnly checkIn, DateOnly checkOut) => $"{Shown(checkIn)} → {Shown(checkOut)}";

    /// <summary>The text the app stored for the captcha picture on the register page, once the picture has loaded.</summary>
    internal static async Task<string> CaptchaTextAsync(this BrowserFixture browser, IPage page)
    {
        await page.WaitForFunctionAsync("() => { const image = document.getElementById('captcha-image'); return image?.complete && image.naturalWidth > 0; }");
        var source = await page.Locator("#captcha-image").GetAttributeAsync("src") ?? string.Empty;
        var captchaId = source[(source.LastIndexOf('/') + 1)..];
        var text = await browser.Factory.Store().GetAsync($"captcha:{captchaId}");
        text.Should().NotBeNull($"the app stores the text of captcha {captchaId} when it draws the picture");
        return text!;
    }

    /// <summary>The code the Log SMS sender wrote for the phone, as the person reads it from the SMS.</summary>
    internal static string LoggedSmsCode(this BrowserFixture browser, string phone)
    {
        var entry = browser.Factory.Logs.Entries.Last(entry =>
            entry.Category.EndsWith("LogSmsSender") && entry.Properties.TryGetValue("Phone", out var logged) && Equals(logged, phone));
        return SixDigits().Match(entry.Message).Value;
    }

    [GeneratedRegex(@"\b\d{6}\b")]
    private static partial Regex SixDigits();

    [GeneratedRegex(@"[?&]id=(\d+)")]
    private static partial Regex HouseIdInLink();
}
