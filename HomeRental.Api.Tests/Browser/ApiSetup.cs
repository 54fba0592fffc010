using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using HomeRental.Api.Houses;
using HomeRental.Api.Tests.Orders;
using HomeRental.Api.Tests.Support;
using Microsoft.AspNetCore.Mvc.Testing.Handlers;

namespace HomeRental.Api.Tests.Browser;

/// <summary>Set-up through the API on the browser fixture's real port, for tests whose subject is the pages.</summary>
public static class ApiSetup
{
    /// <summary>A client of the app on its Kestrel port, with its own cookies and the CSRF header the pages send.</summary>
    public static HttpClient ApiClient(this BrowserFixture browser)
    {
        var cookies = new CookieContainer();
        return browser.Factory.CreateDefaultClient(new Uri(browser.BaseUrl), new CsrfHeaderHandler(cookies), new CookieContainerHandler(cookies));
    }

    /// <summary>A registered, signed-in person; a host also gets a verified identity.</summary>
    /// <param name="username">Null: the account gets a generated name, as when the form leaves it empty.</param>
    public static async Task<Person> NewPersonAsync(this BrowserFixture browser, string? username, bool host = false)
    {
        var client = browser.ApiClient();
        var profile = await browser.Factory.RegisterAsync(client, username: username);
        if (host)
        {
            var identity = await client.PutAsJsonAsync("/api/v1.0/users/me/identity", new { realName = "Zhang San", idNumber = HouseSteps.NewIdNumber() });
            identity.StatusCode.Should().Be(HttpStatusCode.OK, await identity.Content.ReadAsStringAsync());
        }
        return new Person(client, profile);
    }

    public static async Task SetAvatarAsync(this Person person, byte[] png)
    {
        var content = new MultipartFormDataContent { { PngContent(png), "avatar", "avatar.png" } };
        (await person.Client.PutAsync("/api/v1.0/users/me/avatar", content)).EnsureSuccessStatusCode();
    }

    /// <summary>Publishes a house and uploads its photos (the first becomes the cover).</summary>
    public static async Task<HouseDetail> PublishAsync(this Person host, JsonObject house, params byte[][] photos)
    {
        var created = await host.Client.CreateHouseAsync(house);
        foreach (var photo in photos)
        {
            var uploaded = await host.Client.UploadHouseImageAsync(created.Id, photo);
            uploaded.StatusCode.Should().Be(HttpStatusCode.Created, await uploaded.Content.ReadAsStringAsync());
        }
        return created;
    }

    /// <summary>A booking the host accepted and the guest paid.</summary>
    public static async Task<OrderBody> PaidStayAsync(this Person guest, Person host, int houseId, DateOnly checkIn, DateOnly checkOut)
    {
        var order = await guest.PlaceOrderAsync(houseId, checkIn, checkOut);
        (await host.Client.AcceptAsync(order.Id)).EnsureSuccessStatusCode();
        return await (await guest.Client.PayAsync(order.Id)).ReadJsonAsync<OrderBody>();
    }

    private static ByteArrayContent PngContent(byte[] png)
    {
        var content = new ByteArrayContent(png);
        content.Headers.ContentType = new MediaTypeHeaderValue("image/png");
        return content;
    }
}
