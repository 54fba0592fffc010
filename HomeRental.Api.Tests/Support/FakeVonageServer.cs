using System.Collections.Concurrent;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace HomeRental.Api.Tests.Support;

/// <summary>
/// A loopback HTTP server that answers like Vonage's SMS API (<c>POST /sms/json</c>, form encoded),
/// records every message it receives and can be switched into failure modes.
/// </summary>
public sealed partial class FakeVonageServer : IAsyncDisposable
{
    public const string CountryCode = "86";
    public const string From = "HomeRental";

    private const string FormContentType = "application/x-www-form-urlencoded";
    private static readonly string[] RequiredFields = ["api_key", "api_secret", "from", "to", "text"];

    private readonly ConcurrentQueue<FakeVonageMessage> messages = new();
    private volatile FakeVonageMode mode = FakeVonageMode.Success;
    private WebApplication? app;
    private string? baseUrl;

    public FakeVonageServer(string apiKey = "fake-api-key", string apiSecret = "fake-api-secret")
    {
        ApiKey = apiKey;
        ApiSecret = apiSecret;
    }

    /// <summary>The only key the server accepts.</summary>
    public string ApiKey { get; }

    /// <summary>The only secret the server accepts.</summary>
    public string ApiSecret { get; }

    /// <summary>Where the server listens, e.g. <c>http://127.0.0.1:41234</c>; known once started.</summary>
    public string BaseUrl => baseUrl ?? throw new InvalidOperationException("Call StartAsync before reading BaseUrl.");

    public FakeVonageMode Mode
    {
        get => mode;
        set => mode = value;
    }

    /// <summary>Every message received so far, oldest first, accepted or not.</summary>
    public IReadOnlyList<FakeVonageMessage> Messages => [.. messages];

    public async Task StartAsync(CancellationToken cancellationToken = default)
    {
        if (app is not null)
        {
            throw new InvalidOperationException("The fake Vonage server is already started.");
        }

        (app, baseUrl) = await LoopbackApp.StartAsync(started => started.MapPost("/sms/json", AnswerAsync), cancellationToken);
    }

    /// <summary>
    /// The settings that point the app's <c>Sms</c> section at this server, for
    /// <c>AddInMemoryCollection</c> or <c>UseSetting</c>.
    /// </summary>
    public IReadOnlyDictionary<string, string?> SmsConfiguration(int timeoutSeconds = 2) => new Dictionary<string, string?>
    {
        ["Sms:Provider"] = "Vonage",
        ["Sms:Vonage:ApiKey"] = ApiKey,
        ["Sms:Vonage:ApiSecret"] = ApiSecret,
        ["Sms:Vonage:From"] = From,
        ["Sms:Vonage:BaseUrl"] = BaseUrl,
        ["Sms:Vonage:CountryCode"] = CountryCode,
        ["Sms:Vonage:TimeoutSeconds"] = timeoutSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture),
    };

    /// <summary>The 6-digit code in the last accepted message to a mainland number (e.g. 13812345678), or null.</summary>
    public string? LastCodeSentTo(string phone)
    {
        var lastAccepted = Messages.LastOrDefault(message => message.Accepted && message.To == CountryCode + phone);
        return lastAccepted is null ? null : SixDigitCode().Match(lastAccepted.Text) is { Success: true } match ? match.Value : null;
    }

    /// <summary>Forgets the messages received and goes back to <see cref="FakeVonageMode.Success"/>.</summary>
    public void Reset()
    {
        messages.Clear();
        Mode = FakeVonageMode.Success;
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
        var currentMode = Mode;
        var fields = await ReadFieldsAsync(context.Request);
        var (status, errorText) = Judge(fields, currentMode);
        var accepted = status == "0" && currentMode is FakeVonageMode.Success;
        messages.Enqueue(new FakeVonageMessage(
            fields.GetValueOrDefault("to", ""), fields.GetValueOrDefault("from", ""), fields.GetValueOrDefault("text", ""), accepted, fields));

        switch (currentMode)
        {
            case FakeVonageMode.Timeout:
                await WaitUntilClientGivesUpAsync(context);
                return;
            case FakeVonageMode.ServerError:
                context.Response.StatusCode = StatusCodes.Status500InternalServerError;
                return;
            case FakeVonageMode.MalformedJson:
                context.Response.ContentType = "application/json";
                await context.Response.WriteAsync("<html>not json</html>", context.RequestAborted);
                return;
        }

        var message = accepted
            ? new Dictionary<string, string>
            {
                ["to"] = fields["to"],
                ["message-id"] = Guid.NewGuid().ToString("N")[..16].ToUpperInvariant(),
                ["status"] = status,
                ["remaining-balance"] = "15.53590000",
                ["message-price"] = "0.03330000",
                ["network"] = "46000",
            }
            : new Dictionary<string, string> { ["status"] = status, ["error-text"] = errorText };
        await context.Response.WriteAsJsonAsync(
            new Dictionary<string, object> { ["message-count"] = "1", ["messages"] = new[] { message } },
            context.RequestAborted);
    }

    private static async Task<Dictionary<string, string>> ReadFieldsAsync(HttpRequest request)
    {
        if (!string.Equals(request.ContentType?.Split(';')[0].Trim(), FormContentType, StringComparison.OrdinalIgnoreCase))
        {
            return [];
        }

        var form = await request.ReadFormAsync(request.HttpContext.RequestAborted);
        return form.ToDictionary(field => field.Key, field => field.Value.ToString());
    }

    private (string Status, string ErrorText) Judge(Dictionary<string, string> fields, FakeVonageMode currentMode)
    {
        var missing = RequiredFields.FirstOrDefault(name => string.IsNullOrEmpty(fields.GetValueOrDefault(name)));
        if (missing is not null)
        {
            return ("2", $"Missing {missing} param");
        }

        if (fields["api_key"] != ApiKey || fields["api_secret"] != ApiSecret)
        {
            return ("4", "Bad Credentials");
        }

        return currentMode is FakeVonageMode.Throttled ? ("1", "Throttled") : ("0", "");
    }

    private async Task WaitUntilClientGivesUpAsync(HttpContext context)
    {
        using var giveUp = CancellationTokenSource.CreateLinkedTokenSource(
            context.RequestAborted, app!.Lifetime.ApplicationStopping);
        try
        {
            await Task.Delay(Timeout.InfiniteTimeSpan, giveUp.Token);
        }
        catch (OperationCanceledException)
        {
            // The client hung up or the server is stopping: there is no one left to answer.
        }
    }

    [GeneratedRegex(@"\b\d{6}\b")]
    private static partial Regex SixDigitCode();
}
