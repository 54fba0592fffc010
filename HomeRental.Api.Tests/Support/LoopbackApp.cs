using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;

namespace HomeRental.Api.Tests.Support;

/// <summary>A bare Kestrel app on a free loopback port, for the fake outside services the tests talk to.</summary>
public static class LoopbackApp
{
    /// <summary>Builds the app, lets <paramref name="answer"/> map what it serves, starts it, and answers it with its base URL.</summary>
    public static async Task<(WebApplication App, string BaseUrl)> StartAsync(Action<WebApplication> answer, CancellationToken cancellationToken = default)
    {
        var builder = WebApplication.CreateEmptyBuilder(new WebApplicationOptions());
        builder.WebHost.UseKestrelCore().ConfigureKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        builder.Services.AddRoutingCore();
        var app = builder.Build();
        answer(app);
        await app.StartAsync(cancellationToken);
        return (app, app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.Single());
    }
}
