using System.Net;
using System.Net.Http.Headers;
using HomeRental.Api.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace HomeRental.Api.Tests.Faults;

/// <summary>SIGTERM, as a service manager or a rolling deployment sends it: the app stops taking new connections and finishes the requests it has.</summary>
[Collection(FaultCollection.Name)]
public sealed class GracefulShutdownTests : IDisposable
{
    private readonly HomeRentalFactory setup = new(RedisServer.Shared.Configuration);

    [Fact]
    public async Task SIGTERM_finishes_a_request_in_flight_before_the_process_exits()
    {
        var phone = AccountSteps.NewPhone();
        await setup.RegisterAsync(setup.CreateApiClient(), phone);
        // The app logs when it starts on a request: the signal that the upload is in flight.
        await using var app = await AppProcess.StartAsync(setup, RedisServer.Shared.Configuration,
            settings: new Dictionary<string, string> { ["Logging__LogLevel__Microsoft.AspNetCore.Hosting.Diagnostics"] = "Information" });
        var client = app.CreateClient();
        (await client.SignInAsync(phone)).StatusCode.Should().Be(HttpStatusCode.OK);
        var avatar = await SlowAvatarAsync();

        var upload = client.PutAsync("/api/v1.0/users/me/avatar", avatar);
        await avatar.FirstHalfSent;
        await app.WrittenAsync("Request starting HTTP/1.1 PUT", TimeSpan.FromSeconds(30));
        app.Terminate();
        await WaitUntilAsync(app.RefusesConnectionsAsync, "the app stops taking new connections once it is asked to stop");
        avatar.SendTheRest();
        var response = await upload;

        response.StatusCode.Should().Be(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        (await app.WaitForExitAsync(TimeSpan.FromSeconds(30))).Should().Be(0, app.Output);
        var avatarUrl = await setup.WithDbAsync(db => db.Users.Where(user => user.Phone == phone).Select(user => user.AvatarUrl).SingleAsync());
        avatarUrl.Should().NotBeNull("the drained request was saved");
        File.Exists(Path.Combine(setup.DataDirectory, "uploads", avatarUrl!["/uploads/".Length..])).Should().BeTrue();
    }

    private static async Task<TwoPartContent> SlowAvatarAsync()
    {
        var image = new ByteArrayContent(HouseSteps.TinyPng);
        image.Headers.ContentType = new MediaTypeHeaderValue("image/png");
        var form = new MultipartFormDataContent { { image, "avatar", "me.png" } };
        return new TwoPartContent(await form.ReadAsByteArrayAsync(), form.Headers.ContentType!);
    }

    private static async Task WaitUntilAsync(Func<Task<bool>> condition, string because)
    {
        for (var attempt = 0; attempt < 100; attempt++)
        {
            if (await condition())
            {
                return;
            }
            await Task.Delay(100);
        }
        throw new TimeoutException($"Waited 10 s, but not true: {because}.");
    }

    public void Dispose() => setup.Dispose();

    /// <summary>A body with a known length whose second half is only sent when the test says so.</summary>
    private sealed class TwoPartContent : HttpContent
    {
        private readonly byte[] body;
        private readonly TaskCompletionSource firstHalfSent = new(TaskCreationOptions.RunContinuationsAsynchronously);
        private readonly TaskCompletionSource rest = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public TwoPartContent(byte[] body, MediaTypeHeaderValue contentType)
        {
            this.body = body;
            Headers.ContentType = contentType;
        }

        public Task FirstHalfSent => firstHalfSent.Task;

        public void SendTheRest() => rest.SetResult();

        protected override async Task SerializeToStreamAsync(Stream stream, TransportContext? context)
        {
            var half = body.Length / 2;
            await stream.WriteAsync(body.AsMemory(0, half));
            await stream.FlushAsync();
            firstHalfSent.SetResult();
            await rest.Task;
            await stream.WriteAsync(body.AsMemory(half));
        }

        protected override bool TryComputeLength(out long length)
        {
            length = body.Length;
            return true;
        }
    }
}
