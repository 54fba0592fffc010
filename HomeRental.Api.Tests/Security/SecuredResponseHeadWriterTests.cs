using System.IO.Pipelines;
using System.Text;
using HomeRental.Api.Infrastructure.Security;

namespace HomeRental.Api.Tests.Security;

/// <summary>How the connection's writer finds response heads: never in a body, always after an answer the app completed.</summary>
public sealed class SecuredResponseHeadWriterTests
{
    private const string Header = "X-Test: yes\r\n";
    private readonly Pipe pipe = new();
    private readonly SecuredResponseHeadWriter writer;

    public SecuredResponseHeadWriterTests() =>
        writer = new SecuredResponseHeadWriter(pipe.Writer, [new KeyValuePair<string, string>("X-Test", "yes")]);

    [Fact]
    public async Task A_head_without_the_headers_gets_them_before_its_blank_line()
    {
        Write("HTTP/1.1 400 Bad Request\r\nContent-Length: 0\r\n\r\n");

        (await OutputAsync()).Should().Be($"HTTP/1.1 400 Bad Request\r\nContent-Length: 0\r\n{Header}\r\n");
    }

    [Fact]
    public async Task A_head_that_has_them_is_left_alone()
    {
        Write("HTTP/1.1 200 OK\r\nx-test: already\r\n\r\n");

        (await OutputAsync()).Should().Be("HTTP/1.1 200 OK\r\nx-test: already\r\n\r\n");
    }

    [Fact]
    public async Task A_body_that_looks_like_a_head_is_left_alone_until_the_app_completes_its_answer()
    {
        Write("HTTP/1.1 200 OK\r\nContent-Length: 38\r\n\r\n");
        Write("HTTP/1.1 200 OK\r\nX-Other: body\r\n\r\n...");
        writer.ResponseCompleted();
        Write("HTTP/1.1 431 Request Header Fields Too Large\r\n\r\n");

        (await OutputAsync()).Should().Be(
            $"HTTP/1.1 200 OK\r\nContent-Length: 38\r\n{Header}\r\n" +
            "HTTP/1.1 200 OK\r\nX-Other: body\r\n\r\n..." +
            $"HTTP/1.1 431 Request Header Fields Too Large\r\n{Header}\r\n");
    }

    [Fact]
    public async Task Writing_on_into_the_rest_of_a_span_after_advancing_part_of_it_keeps_every_byte_in_order()
    {
        var span = writer.GetSpan(256);
        var head = Encoding.ASCII.GetBytes("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n");
        var chunk = Encoding.ASCII.GetBytes("2\r\n[]\r\n0\r\n\r\n");
        head.CopyTo(span);
        writer.Advance(head.Length);
        chunk.CopyTo(span[head.Length..]);
        writer.Advance(chunk.Length);

        (await OutputAsync()).Should().Be($"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n{Header}\r\n2\r\n[]\r\n0\r\n\r\n");
    }

    [Fact]
    public async Task A_head_written_in_pieces_and_an_interim_continue_are_each_handled()
    {
        Write("HTTP/1.1 100 Continue\r\n\r\nHTTP/1.1 201 Cre");
        Write("ated\r\nContent-Length: 2\r\n\r\n{}");

        (await OutputAsync()).Should().Be($"HTTP/1.1 100 Continue\r\n\r\nHTTP/1.1 201 Created\r\nContent-Length: 2\r\n{Header}\r\n{{}}");
    }

    [Fact]
    public async Task Output_that_is_not_http_1_passes_through_untouched()
    {
        Write("\u0016\u0003\u0001 a TLS record\r\n\r\n");
        writer.ResponseCompleted();
        Write("HTTP/1.1 400 Bad Request\r\n\r\n");

        (await OutputAsync()).Should().Be("\u0016\u0003\u0001 a TLS record\r\n\r\nHTTP/1.1 400 Bad Request\r\n\r\n");
    }

    private void Write(string text)
    {
        var bytes = Encoding.Latin1.GetBytes(text);
        bytes.CopyTo(writer.GetSpan(bytes.Length));
        writer.Advance(bytes.Length);
    }

    private async Task<string> OutputAsync()
    {
        await writer.FlushAsync();
        await writer.CompleteAsync();
        using var output = new MemoryStream();
        await pipe.Reader.CopyToAsync(output);
        return Encoding.Latin1.GetString(output.ToArray());
    }
}
