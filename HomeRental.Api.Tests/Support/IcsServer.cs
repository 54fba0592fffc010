using System.Collections.Concurrent;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace HomeRental.Api.Tests.Support;

/// <summary>
/// A loopback HTTP server that plays other sites' calendar feeds: each path answers as a test sets it (an .ics file,
/// an error, a redirect, a slow or endless body), and every request is counted.
/// </summary>
public sealed class IcsServer : IAsyncDisposable
{
    private readonly ConcurrentDictionary<string, Func<HttpContext, Task>> answers = new();
    private readonly ConcurrentDictionary<string, int> requests = new();
    private WebApplication? app;

    /// <summary>Where the server listens, e.g. <c>http://127.0.0.1:41234</c>.</summary>
    public string BaseUrl { get; private set; } = "";

    public int Port => new Uri(BaseUrl).Port;

    public static async Task<IcsServer> StartAsync()
    {
        var server = new IcsServer();
        (server.app, server.BaseUrl) = await LoopbackApp.StartAsync(started => started.Run(server.AnswerAsync));
        return server;
    }

    public string Url(string path) => BaseUrl + path;

    /// <summary>How many requests <paramref name="path"/> has had.</summary>
    public int RequestsFor(string path) => requests.GetValueOrDefault(path);

    public string Serve(string path, string calendar, string contentType = "text/calendar; charset=utf-8") =>
        Answer(path, context =>
        {
            context.Response.ContentType = contentType;
            return context.Response.WriteAsync(calendar);
        });

    public string Fail(string path, int status) => Answer(path, context =>
    {
        context.Response.StatusCode = status;
        return Task.CompletedTask;
    });

    public string Redirect(string path, string location) => Answer(path, context =>
    {
        context.Response.StatusCode = StatusCodes.Status302Found;
        context.Response.Headers.Location = location;
        return Task.CompletedTask;
    });

    /// <summary>Sends a calendar of <paramref name="bytes"/> bytes, saying how many in advance or not.</summary>
    public string ServeLarge(string path, int bytes, bool declareLength) => Answer(path, async context =>
    {
        const string start = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nX-FILLER:";
        var body = Encoding.ASCII.GetBytes(start + new string('x', bytes - start.Length));
        context.Response.ContentType = "text/calendar";
        if (declareLength)
        {
            context.Response.ContentLength = body.Length;
        }
        await context.Response.Body.WriteAsync(body);
    });

    /// <summary>Starts a calendar and then sends a line every second until the client gives up.</summary>
    public string Trickle(string path) => Answer(path, async context =>
    {
        context.Response.ContentType = "text/calendar";
        await context.Response.WriteAsync("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n");
        await context.Response.Body.FlushAsync();
        while (!context.RequestAborted.IsCancellationRequested)
        {
            await Task.Delay(TimeSpan.FromSeconds(1), CancellationToken.None);
            await context.Response.WriteAsync("X-WAIT:1\r\n", context.RequestAborted);
            await context.Response.Body.FlushAsync(context.RequestAborted);
        }
    });

    public string Answer(string path, Func<HttpContext, Task> answer)
    {
        answers[path] = answer;
        return Url(path);
    }

    public async ValueTask DisposeAsync()
    {
        if (app is not null)
        {
            await app.StopAsync();
            await app.DisposeAsync();
        }
    }

    private async Task AnswerAsync(HttpContext context)
    {
        var path = context.Request.Path.Value ?? "/";
        requests.AddOrUpdate(path, 1, (_, count) => count + 1);
        if (answers.TryGetValue(path, out var answer))
        {
            try
            {
                await answer(context);
            }
            catch (OperationCanceledException) when (context.RequestAborted.IsCancellationRequested)
            {
            }
        }
        else
        {
            context.Response.StatusCode = StatusCodes.Status404NotFound;
        }
    }
}

/// <summary>Writes the iCal files the test feeds serve.</summary>
public static class IcsFile
{
    public static string Calendar(params string[] events) =>
        "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Other site//Tests//EN\r\n" + string.Concat(events) + "END:VCALENDAR\r\n";

    public static string AllDay(string uid, DateOnly start, DateOnly end, string? extra = null) =>
        Event(uid, $"DTSTART;VALUE=DATE:{Date(start)}\r\nDTEND;VALUE=DATE:{Date(end)}\r\n{extra}");

    public static string Timed(string uid, DateTime startUtc, DateTime endUtc) =>
        Event(uid, $"DTSTART:{startUtc:yyyyMMdd'T'HHmmss'Z'}\r\nDTEND:{endUtc:yyyyMMdd'T'HHmmss'Z'}\r\n");

    private static string Event(string uid, string body) =>
        $"BEGIN:VEVENT\r\nUID:{uid}\r\nDTSTAMP:20260101T000000Z\r\n{body}SUMMARY:Reserved\r\nEND:VEVENT\r\n";

    private static string Date(DateOnly date) => date.ToString("yyyyMMdd");
}
