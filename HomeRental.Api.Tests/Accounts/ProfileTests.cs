using System.Net;
using System.Net.Http.Json;
using HomeRental.Api.Tests.Support;
using HomeRental.Api.Users;

namespace HomeRental.Api.Tests.Accounts;

public sealed class ProfileTests : IDisposable
{
    private static readonly byte[] TinyPng = Convert.FromBase64String(
        "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==");

    private readonly HomeRentalFactory factory = new();
    private readonly HttpClient client;

    public ProfileTests() => client = factory.CreateApiClient();

    [Fact]
    public async Task The_profile_shows_the_account()
    {
        var registered = await factory.RegisterAsync(client, username: "profile-owner");

        var profile = await client.GetFromJsonAsync<UserProfile>("/api/v1.0/users/me");

        profile.Should().BeEquivalentTo(registered);
    }

    [Fact]
    public async Task The_username_can_be_changed_but_not_to_a_taken_one()
    {
        await factory.RegisterAsync(factory.CreateApiClient(), username: "someone-else");
        await factory.RegisterAsync(client);

        var renamed = await client.PatchAsJsonAsync("/api/v1.0/users/me", new { username = " new-name " });
        var taken = await client.PatchAsJsonAsync("/api/v1.0/users/me", new { username = "someone-else" });
        var invalid = await client.PatchAsJsonAsync("/api/v1.0/users/me", new { username = "x" });
        var phoneNamed = await client.PatchAsJsonAsync("/api/v1.0/users/me", new { username = "13912345678" });

        (await renamed.ReadJsonAsync<UserProfile>()).Username.Should().Be("new-name");
        await taken.ShouldBeProblemAsync(HttpStatusCode.Conflict, "username_taken");
        var problem = await invalid.ShouldBeProblemAsync(HttpStatusCode.BadRequest, "validation_failed");
        problem.GetProperty("errors").TryGetProperty("username", out _).Should().BeTrue();
        (await phoneNamed.ShouldBeProblemAsync(HttpStatusCode.BadRequest, "validation_failed")).GetProperty("errors").TryGetProperty("username", out _).Should().BeTrue();
    }

    [Fact]
    public async Task An_avatar_is_stored_under_a_random_name_served_inert_and_replaced_cleanly()
    {
        await factory.RegisterAsync(client);

        var first = await (await client.UploadAvatarAsync(TinyPng, "me.gif", "image/gif")).ReadJsonAsync<AvatarBody>();
        var second = await (await client.UploadAvatarAsync(TinyPng, "again.png", "image/png")).ReadJsonAsync<AvatarBody>();

        first.AvatarUrl.Should().MatchRegex(@"^/uploads/avatars/[0-9a-f]{32}\.png$", "the name is random and the type comes from the bytes");
        var served = await client.GetAsync(second.AvatarUrl);
        served.StatusCode.Should().Be(HttpStatusCode.OK);
        served.Content.Headers.ContentType!.MediaType.Should().Be("image/png");
        served.Headers.GetValues("X-Content-Type-Options").Should().Equal("nosniff");
        (await served.Content.ReadAsByteArrayAsync()).Should().Equal(TinyPng);
        (await client.GetAsync(first.AvatarUrl)).StatusCode.Should().Be(HttpStatusCode.NotFound, "the replaced avatar is removed");
        (await client.GetFromJsonAsync<UserProfile>("/api/v1.0/users/me"))!.AvatarUrl.Should().Be(second.AvatarUrl);
    }

    [Fact]
    public async Task A_file_that_is_not_an_image_by_its_bytes_is_refused()
    {
        await factory.RegisterAsync(client);

        var response = await client.UploadAvatarAsync("<svg onload=alert(1)>"u8.ToArray(), "avatar.png", "image/png");

        await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest, "unsupported_image");
        (await client.GetFromJsonAsync<UserProfile>("/api/v1.0/users/me"))!.AvatarUrl.Should().BeNull();
    }

    [Fact]
    public async Task An_avatar_over_5_MiB_is_too_large()
    {
        await factory.RegisterAsync(client);
        var large = new byte[5 * 1024 * 1024 + 1];
        TinyPng.CopyTo(large, 0);

        var response = await client.UploadAvatarAsync(large, "large.png", "image/png");

        await response.ShouldBeProblemAsync(HttpStatusCode.RequestEntityTooLarge, "file_too_large");
    }

    [Fact]
    public async Task A_far_larger_body_is_refused_with_the_same_code()
    {
        await factory.RegisterAsync(client);

        var response = await client.UploadAvatarAsync(new byte[8 * 1024 * 1024], "huge.png", "image/png");

        await response.ShouldBeProblemAsync(HttpStatusCode.RequestEntityTooLarge, "file_too_large");
    }

    [Fact]
    public async Task An_upload_without_the_avatar_field_is_refused()
    {
        await factory.RegisterAsync(client);
        using var content = new MultipartFormDataContent { { new ByteArrayContent(TinyPng), "picture", "a.png" } };

        var response = await client.PutAsync("/api/v1.0/users/me/avatar", content);

        await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest, "unsupported_image");
    }

    [Fact]
    public async Task The_identity_is_set_once_and_read_back_masked()
    {
        await factory.RegisterAsync(client);
        var before = await client.GetFromJsonAsync<IdentityResponse>("/api/v1.0/users/me/identity");

        var set = await client.PutAsJsonAsync("/api/v1.0/users/me/identity", new { realName = "Zhang San", idNumber = "11010519491231002x" });
        var again = await client.PutAsJsonAsync("/api/v1.0/users/me/identity", new { realName = "Li Si", idNumber = "110101199003074477" });

        before.Should().Be(new IdentityResponse(null, null, false));
        (await set.ReadJsonAsync<IdentityResponse>()).Should().Be(new IdentityResponse("Zhang San", "1101**********002X", true));
        await again.ShouldBeProblemAsync(HttpStatusCode.Conflict, "identity_already_set");
        (await client.GetFromJsonAsync<IdentityResponse>("/api/v1.0/users/me/identity")).Should().Be(new IdentityResponse("Zhang San", "1101**********002X", true));
        (await client.GetFromJsonAsync<UserProfile>("/api/v1.0/users/me"))!.IdentityVerified.Should().BeTrue();
    }

    [Theory]
    [InlineData("Zhang San", "110105194912310021", "idNumber")]
    [InlineData("Zhang San", "11010519491231002", "idNumber")]
    [InlineData("Z", "11010519491231002X", "realName")]
    public async Task A_bad_identity_is_a_validation_problem(string realName, string idNumber, string field)
    {
        await factory.RegisterAsync(client);

        var response = await client.PutAsJsonAsync("/api/v1.0/users/me/identity", new { realName, idNumber });

        var problem = await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest, "validation_failed");
        problem.GetProperty("errors").TryGetProperty(field, out _).Should().BeTrue();
    }

    private sealed record AvatarBody(string AvatarUrl);

    public void Dispose() => factory.Dispose();
}
