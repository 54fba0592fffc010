using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace HomeRental.Api.Tests.Support;

/// <summary>The app on a real Kestrel port, and Debian's Chromium driven by Playwright (no browser download).</summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    public const string ChromiumPath = "/usr/bin/chromium";

    private IPlaywright? playwright;

    public ClockedHomeRentalFactory Factory { get; } = new();

    public IBrowser Browser { get; private set; } = null!;

    public string BaseUrl { get; private set; } = string.Empty;

    public async Task InitializeAsync()
    {
        if (!File.Exists(ChromiumPath))
        {
            throw new InvalidOperationException(
                $"Browser tests need Debian's Chromium at {ChromiumPath}: run ./test.sh, or apt-get update && apt-get install -y chromium.");
        }

        Factory.UseKestrel(0);
        Factory.StartServer();
        BaseUrl = Factory.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();

        playwright = await Playwright.CreateAsync();
        Browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args =
            [
                "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--no-first-run",
            ],
        });
    }

    /// <summary>A fresh browser context (its own cookies) with one page whose console errors and failed scripts are collected.</summary>
    /// <param name="bypassCsp">Lets a test inject its own script (a checker such as axe-core) despite the pages' content security policy.</param>
    public async Task<BrowserPage> NewPageAsync(int width = 1280, int height = 900, bool bypassCsp = false)
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = BaseUrl,
            ViewportSize = new ViewportSize { Width = width, Height = height },
            BypassCSP = bypassCsp,
        });
        var page = await context.NewPageAsync();
        var browserPage = new BrowserPage(page);
        page.Console += (_, message) =>
        {
            if (message.Type == "error")
            {
                browserPage.ConsoleErrors.Add($"{page.Url}: {message.Text}");
            }
        };
        page.PageError += (_, error) => browserPage.ConsoleErrors.Add($"{page.Url}: {error}");
        return browserPage;
    }

    public async Task DisposeAsync()
    {
        await Browser.DisposeAsync();
        playwright?.Dispose();
        Factory.Dispose();
    }
}

public sealed record BrowserPage(IPage Page)
{
    public List<string> ConsoleErrors { get; } = [];
}
