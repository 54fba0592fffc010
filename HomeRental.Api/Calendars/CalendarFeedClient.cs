using System.Net;
using System.Net.Sockets;
using System.Text;

namespace HomeRental.Api.Calendars;

/// <summary>
/// Reads another site's iCal feed from an address a host typed in, as carefully as such an address deserves: every
/// connection goes only to an address that <see cref="PublicAddressPolicy"/> allows, redirects are followed by hand
/// (at most <see cref="MaxRedirects"/>, each checked again), and the body is read up to <see cref="MaxBytes"/> within
/// <see cref="Timeout"/>.
/// </summary>
public sealed class CalendarFeedClient(HttpClient http)
{
    public const int MaxRedirects = 3;
    public const int MaxBytes = 1024 * 1024;
    public static readonly TimeSpan Timeout = TimeSpan.FromSeconds(10);

    public async Task<string> ReadAsync(string url, CancellationToken cancellationToken)
    {
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(Timeout);
        try
        {
            return await FollowAsync(new Uri(url), deadline.Token);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            throw new CalendarFeedException($"The calendar's server did not send the calendar within {Timeout.TotalSeconds:0} seconds.");
        }
        catch (HttpRequestException exception) when (exception.InnerException is CalendarFeedException connectFailure)
        {
            throw connectFailure;
        }
        catch (HttpRequestException exception)
        {
            throw new CalendarFeedException(exception.HttpRequestError == HttpRequestError.SecureConnectionError
                ? "A secure connection to the calendar's server could not be made."
                : "The calendar's server could not be reached; HomeRental will try again later.", inner: exception);
        }
    }

    private async Task<string> FollowAsync(Uri uri, CancellationToken cancellationToken)
    {
        for (var redirects = 0; ; redirects++)
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, uri);
            using var response = await http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken);
            if (IsRedirect(response.StatusCode))
            {
                if (redirects == MaxRedirects)
                {
                    throw new CalendarFeedException($"The calendar address redirects more than {MaxRedirects} times.");
                }
                uri = RedirectTarget(uri, response);
                continue;
            }
            if (!response.IsSuccessStatusCode)
            {
                throw new CalendarFeedException(
                    $"The calendar's server answered {(int)response.StatusCode} {response.ReasonPhrase} instead of the calendar; check the address.");
            }
            if (response.Content.Headers.ContentLength > MaxBytes)
            {
                throw TooLarge();
            }
            return await ReadBodyAsync(response.Content, cancellationToken);
        }
    }

    private static bool IsRedirect(HttpStatusCode status) => status is HttpStatusCode.MovedPermanently or HttpStatusCode.Found
        or HttpStatusCode.SeeOther or HttpStatusCode.TemporaryRedirect or HttpStatusCode.PermanentRedirect;

    private static Uri RedirectTarget(Uri from, HttpResponseMessage response)
    {
        if (response.Headers.Location is not { } location
            || !Uri.TryCreate(from, location, out var target)
            || !CalendarImportUrl.IsWebAddress(target))
        {
            throw new CalendarFeedException("The calendar address redirects to something other than a web address.");
        }
        return target;
    }

    /// <summary>The body as iCal's UTF-8 text, counted after decompression, so a small compressed answer cannot grow past the limit.</summary>
    private static async Task<string> ReadBodyAsync(HttpContent content, CancellationToken cancellationToken)
    {
        await using var body = await content.ReadAsStreamAsync(cancellationToken);
        var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await body.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (buffer.Length + read > MaxBytes)
            {
                throw TooLarge();
            }
            buffer.Write(chunk, 0, read);
        }
        return Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length);
    }

    private static CalendarFeedException TooLarge() =>
        new($"The calendar is larger than {MaxBytes / 1024 / 1024} MiB, more than HomeRental reads.");

    /// <summary>
    /// The handler's connection step: resolves the name itself and connects only to allowed addresses, so no check
    /// before the request can be outwitted by a second, different answer from DNS.
    /// </summary>
    public static async ValueTask<Stream> ConnectAsync(PublicAddressPolicy policy, SocketsHttpConnectionContext context, CancellationToken cancellationToken)
    {
        var (host, port) = (context.DnsEndPoint.Host, context.DnsEndPoint.Port);
        var allowed = (await ResolveAsync(host, cancellationToken)).Where(policy.Allows).ToList();
        if (allowed.Count == 0)
        {
            throw CalendarFeedException.RefusedAddress(host);
        }
        for (var next = 0; ; next++)
        {
            var socket = new Socket(allowed[next].AddressFamily, SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
            try
            {
                await socket.ConnectAsync(allowed[next], port, cancellationToken);
                return new NetworkStream(socket, ownsSocket: true);
            }
            catch (SocketException) when (next < allowed.Count - 1)
            {
                socket.Dispose();
            }
            catch
            {
                socket.Dispose();
                throw;
            }
        }
    }

    private static async Task<IPAddress[]> ResolveAsync(string host, CancellationToken cancellationToken)
    {
        if (IPAddress.TryParse(host, out var literal))
        {
            return [literal];
        }
        try
        {
            return await Dns.GetHostAddressesAsync(host, cancellationToken);
        }
        catch (SocketException exception)
        {
            throw new CalendarFeedException($"The calendar's server {host} could not be found; check the address.", inner: exception);
        }
    }
}
