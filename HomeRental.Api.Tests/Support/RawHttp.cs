using System.Net;
using System.Net.Sockets;
using System.Text;

namespace HomeRental.Api.Tests.Support;

/// <summary>
/// Sends bytes to a server over a plain TCP connection and reads the answers until the server closes it: for requests
/// that no HTTP client would send, and to see the answers exactly as the server wrote them.
/// </summary>
public static class RawHttp
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(30);

    public static async Task<List<RawResponse>> ExchangeAsync(int port, string requests)
    {
        using var client = new TcpClient();
        using var cancellation = new CancellationTokenSource(Timeout);
        await client.ConnectAsync(IPAddress.Loopback, port, cancellation.Token);
        var stream = client.GetStream();
        await stream.WriteAsync(Encoding.Latin1.GetBytes(requests), cancellation.Token);
        using var received = new MemoryStream();
        try
        {
            await stream.CopyToAsync(received, cancellation.Token);
        }
        catch (IOException)
        {
            // The server may reset the connection after its last answer, when the rest of a request is still unread.
        }
        return Parse(received.ToArray());
    }

    private static List<RawResponse> Parse(byte[] bytes)
    {
        var text = Encoding.Latin1.GetString(bytes);
        var responses = new List<RawResponse>();
        var position = 0;
        while (position < text.Length)
        {
            var endOfHead = text.IndexOf("\r\n\r\n", position, StringComparison.Ordinal);
            if (endOfHead < 0)
            {
                throw new InvalidDataException($"An incomplete response head: {text[position..]}");
            }
            var lines = text[position..endOfHead].Split("\r\n");
            var headers = lines.Skip(1).Select(line => line.Split(':', 2)).Select(pair => (Name: pair[0], Value: pair[1].Trim())).ToList();
            position = endOfHead + 4;
            var body = new StringBuilder();
            // An answer to HEAD has no body whatever its headers say: the next answer follows at once.
            var answersHead = string.CompareOrdinal(text, position, "HTTP/1.", 0, 7) == 0;
            if (answersHead)
            {
                responses.Add(new RawResponse(int.Parse(lines[0].Split(' ')[1]), headers, string.Empty));
                continue;
            }
            if (headers.Any(header => header.Name.Equals("Transfer-Encoding", StringComparison.OrdinalIgnoreCase)))
            {
                while (true)
                {
                    var endOfSize = text.IndexOf("\r\n", position, StringComparison.Ordinal);
                    var size = Convert.ToInt32(text[position..endOfSize].Split(';')[0], 16);
                    position = endOfSize + 2;
                    body.Append(text, position, size);
                    position += size + 2;
                    if (size == 0)
                    {
                        break;
                    }
                }
            }
            else if (headers.FirstOrDefault(header => header.Name.Equals("Content-Length", StringComparison.OrdinalIgnoreCase)) is { Value: { } length })
            {
                body.Append(text, position, int.Parse(length));
                position += int.Parse(length);
            }
            responses.Add(new RawResponse(int.Parse(lines[0].Split(' ')[1]), headers, body.ToString()));
        }
        return responses;
    }
}

public sealed record RawResponse(int Status, List<(string Name, string Value)> Headers, string Body)
{
    public IEnumerable<string> ValuesOf(string name) =>
        Headers.Where(header => header.Name.Equals(name, StringComparison.OrdinalIgnoreCase)).Select(header => header.Value);
}
