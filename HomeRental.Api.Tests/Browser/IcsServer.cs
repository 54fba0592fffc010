using System.Collections.Concurrent;
using System.Net;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;

namespace HomeRental.Api.Tests.Browser;

/// <summary>
/// A loopback HTTP server of iCalendar files, as another booking site publishes a home's calendar:
/// <c>GET /calendars/{name}.ics</c> answers the all-day events given to <see cref="Serve"/>, <c>/broken.ics</c> a 500.
/// </summary>
public sealed class IcsServer : IAsyncDisposable
{
    private readonly ConcurrentDictionary<string, string> calendars = new();
    private WebApplication? app;
    private string? baseUrl;

    public string BaseUrl => baseUrl ?? throw new InvalidOperationException("Call Start before reading BaseUrl.");

    /// <summary>A URL that always answers 500 Internal Server Error.</summary>
    public string BrokenUrl => $"{BaseUrl}/broken.ics";

    public void Start()
    {
        var builder = WebApplication.CreateEmptyBuilder(new WebApplicationOptions());
        builder.WebHost.UseKestrelCore().ConfigureKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        builder.Services.AddRoutingCore();
        app = builder.Build();
        app.MapGet("/calendars/{name}.ics", (string name) => calendars.TryGetValue(name, out var body)
            ? Results.Text(body, "text/calendar; charset=utf-8", Encoding.UTF8)
            : Results.NotFound());
        app.MapGet("/broken.ics", () => Results.StatusCode(StatusCodes.Status500InternalServerError));
        app.StartAsync().GetAwaiter().GetResult();
        baseUrl = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.Single();
    }

    /// <summary>Publishes (or replaces) a calendar of all-day events, each check-out exclusive; answers its URL.</summary>
    public string Serve(string name, params (DateOnly CheckIn, DateOnly CheckOut)[] events)
    {
        var text = new StringBuilder("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//HomeRental tests//IcsServer//EN\r\n");
        foreach (var (stay, index) in events.Select((stay, index) => (stay, index)))
        {
            text.Append("BEGIN:VEVENT\r\n")
                .Append($"UID:{name}-{index}@ics.test\r\n")
                .Append("DTSTAMP:20260101T000000Z\r\n")
                .Append($"DTSTART;VALUE=DATE:{stay.CheckIn:yyyyMMdd}\r\n")
                .Append($"DTEND;VALUE=DATE:{stay.CheckOut:yyyyMMdd}\r\n")
                .Append("SUMMARY:Reserved\r\n")
                .Append("END:VEVENT\r\n");
        }
        calendars[name] = text.Append("END:VCALENDAR\r\n").ToString();
        return $"{BaseUrl}/calendars/{name}.ics";
    }

    public async ValueTask DisposeAsync()
    {
        if (app is not null)
        {
            await app.DisposeAsync();
        }
    }
}
