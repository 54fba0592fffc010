using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using HomeRental.Api.Infrastructure.Store;
using HomeRental.Api.Users;
using Microsoft.Extensions.DependencyInjection;

namespace HomeRental.Api.Tests.Support;

/// <summary>The steps a person takes to get an account, with the captcha and SMS code read from the app's store.</summary>
public static class AccountSteps
{
    public const string Password = "correct-horse-battery";

    public static string NewPhone() => "139" + Random.Shared.Next(0, 100_000_000).ToString("D8");

    public static IKeyValueStore Store(this HomeRentalFactory factory) => factory.Services.GetRequiredService<IKeyValueStore>();

    /// <summary>Loads a captcha image and answers the text the app stored for it.</summary>
    public static async Task<(string Id, string Text)> SolveCaptchaAsync(this HomeRentalFactory factory, HttpClient client)
    {
        var captchaId = Guid.NewGuid().ToString();
        (await client.GetAsync($"/api/v1.0/captchas/{captchaId}")).StatusCode.Should().Be(HttpStatusCode.OK);
        var text = await factory.Store().GetAsync($"captcha:{captchaId}");
        return (captchaId, text!);
    }

    public static async Task<HttpResponseMessage> RequestSmsCodeAsync(this HomeRentalFactory factory, HttpClient client, string phone)
    {
        var (captchaId, text) = await factory.SolveCaptchaAsync(client);
        return await client.PostAsJsonAsync("/api/v1.0/sms-codes", new { phone, captchaId, captchaText = text });
    }

    /// <summary>Asks for a code and answers the one the app stored for the phone.</summary>
    public static async Task<string> GetSmsCodeAsync(this HomeRentalFactory factory, HttpClient client, string phone)
    {
        var response = await factory.RequestSmsCodeAsync(client, phone);
        response.StatusCode.Should().Be(HttpStatusCode.Accepted, await response.Content.ReadAsStringAsync());
        return (await factory.Store().GetAsync($"sms:code:{phone}"))!;
    }

    /// <summary>Registers a new account on the client, which is then signed in.</summary>
    public static async Task<UserProfile> RegisterAsync(this HomeRentalFactory factory, HttpClient client, string? phone = null, string? username = null)
    {
        phone ??= NewPhone();
        var smsCode = await factory.GetSmsCodeAsync(client, phone);
        var response = await client.PostAsJsonAsync("/api/v1.0/users", new { phone, smsCode, password = Password, username });
        return await response.ReadJsonAsync<UserProfile>(HttpStatusCode.Created);
    }

    /// <summary>Uploads <paramref name="bytes"/> as the signed-in user's avatar, named and typed as the client says.</summary>
    public static Task<HttpResponseMessage> UploadAvatarAsync(this HttpClient client, byte[] bytes, string fileName = "avatar.png", string contentType = "image/png")
    {
        var file = new ByteArrayContent(bytes);
        file.Headers.ContentType = new MediaTypeHeaderValue(contentType);
        return client.PutAsync("/api/v1.0/users/me/avatar", new MultipartFormDataContent { { file, "avatar", fileName } });
    }

    public static Task<HttpResponseMessage> SignInAsync(this HttpClient client, string phone, string password = Password) =>
        client.PostAsJsonAsync("/api/v1.0/sessions", new { phone, password });

    /// <summary>Signs in as if from <paramref name="address"/>, which the app believes only behind a trusted proxy (ReverseProxy:TrustForwardedHeaders).</summary>
    public static Task<HttpResponseMessage> SignInFromAsync(this HttpClient client, string address, string phone, string password = Password)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1.0/sessions") { Content = JsonContent.Create(new { phone, password }) };
        request.Headers.Add("X-Forwarded-For", address);
        return client.SendAsync(request);
    }
}

/// <summary>The answer to an avatar upload.</summary>
public sealed record AvatarBody(string AvatarUrl);
