using System.Net;
using System.Net.Http.Json;
using HomeRental.Api.Data;
using HomeRental.Api.Houses;
using HomeRental.Api.Tests.Support;
using HomeRental.Api.Users;
using Microsoft.AspNetCore.Mvc.Testing.Handlers;

namespace HomeRental.Api.Tests.Platform;

/// <summary>
/// Two instances on PostgreSQL that share nothing but the database and Redis, as on two machines: each has its own data,
/// key-ring and uploads folders, and keeps images in the database. Cookies, CSRF tokens and uploaded images made
/// through one work through the other.
/// </summary>
[Trait(TestDatabase.Trait, "PostgreSQL")]
public sealed class SharedNothingInstancesTests : IDisposable
{
    private readonly HomeRentalFactory first = StartInstance();
    private readonly HomeRentalFactory second;

    public SharedNothingInstancesTests() => second = StartInstance().ShareDatabaseOf(first);

    [Fact]
    public async Task An_account_registered_through_one_signs_in_and_works_through_the_other_with_the_same_cookies()
    {
        var phone = AccountSteps.NewPhone();
        await first.RegisterAsync(first.CreateApiClient(), phone);
        var cookies = new CookieContainer();
        var throughFirst = ClientWith(first, cookies);
        var throughSecond = ClientWith(second, cookies);

        (await throughFirst.GetAsync("/api/v1.0/csrf-token")).StatusCode.Should().Be(HttpStatusCode.OK);
        var signIn = await throughSecond.SignInAsync(phone);
        var rename = await throughFirst.PatchAsJsonAsync("/api/v1.0/users/me", new { username = "renamed-on-first" });
        var profileOnSecond = await throughSecond.GetFromJsonAsync<UserProfile>("/api/v1.0/users/me");
        var signOut = await throughFirst.DeleteAsync("/api/v1.0/sessions/current");
        var afterSignOut = await throughSecond.GetAsync("/api/v1.0/sessions/current");

        signIn.StatusCode.Should().Be(HttpStatusCode.OK, "the CSRF token the first issued is accepted by the second");
        rename.StatusCode.Should().Be(HttpStatusCode.OK, "the session and CSRF token the second issued are accepted by the first");
        profileOnSecond!.Username.Should().Be("renamed-on-first");
        signOut.StatusCode.Should().Be(HttpStatusCode.NoContent);
        await afterSignOut.ShouldBeProblemAsync(HttpStatusCode.Unauthorized, "not_signed_in");
    }

    [Fact]
    public async Task An_image_uploaded_through_one_is_served_by_the_other()
    {
        var (host, _) = await first.RegisterHostAsync();
        var house = await host.CreateHouseAsync();

        var image = await (await host.UploadHouseImageAsync(house.Id, HouseSteps.TinyPng)).ReadJsonAsync<HouseImageResponse>(HttpStatusCode.Created);
        var served = await second.CreateClient().GetAsync(image.Url);

        served.StatusCode.Should().Be(HttpStatusCode.OK);
        served.ShouldBeServedAsUpload();
        served.Content.Headers.ContentType!.MediaType.Should().Be("image/png");
        (await served.Content.ReadAsByteArrayAsync()).Should().Equal(HouseSteps.TinyPng);
        Directory.Exists(Path.Combine(first.DataDirectory, "uploads")).Should().BeFalse("the image is in the database, not in a folder");
    }

    private static HomeRentalFactory StartInstance() =>
        new HomeRentalFactory(RedisServer.Shared.Configuration) { DatabaseProvider = DatabaseProvider.PostgreSQL }
            .WithSetting("Storage:Images", "Database");

    /// <summary>A client of one instance with the given cookies, which another instance's client may hold too.</summary>
    private static HttpClient ClientWith(HomeRentalFactory instance, CookieContainer cookies) =>
        instance.CreateDefaultClient(new Uri("http://localhost"), new CsrfHeaderHandler(cookies), new CookieContainerHandler(cookies));

    public void Dispose()
    {
        second.Dispose();
        first.Dispose();
    }
}
