using System.Buffers;
using System.IO.Pipelines;
using System.Text;

namespace HomeRental.Api.Infrastructure.Security;

/// <summary>
/// The output of one connection, adding the <see cref="SecurityHeaders"/> to each HTTP/1.x response head that lacks
/// them. It finds the heads without reading any body: a head starts the connection's output, follows an interim (1xx)
/// head, and follows an answer that the app reported complete. Output that is not HTTP/1.x (HTTP/2, TLS records) and a
/// head larger than Kestrel ever writes pass through untouched.
/// </summary>
/// <remarks>
/// Kestrel may go on writing into the rest of a span after advancing part of it, as a <see cref="Pipe"/> allows, so the
/// bytes collected for a head stay where they are until Kestrel asks for new memory.
/// </remarks>
internal sealed class SecuredResponseHeadWriter : PipeWriter, IResponseCompletionFeature
{
    private const int MaxHeadBytes = 64 * 1024;

    private readonly PipeWriter inner;
    private readonly (string Probe, byte[] Line)[] headers;
    private readonly ArrayBufferWriter<byte> collected = new();
    private int forwarded;
    private volatile bool expectingHead = true;
    private bool passingThrough;
    private bool memoryIsCollected;

    public SecuredResponseHeadWriter(PipeWriter inner, IEnumerable<KeyValuePair<string, string>> headers)
    {
        this.inner = inner;
        this.headers = headers.Select(header => ($"\r\n{header.Key}:", Encoding.ASCII.GetBytes($"{header.Key}: {header.Value}\r\n"))).ToArray();
    }

    private static ReadOnlySpan<byte> Http1 => "HTTP/1."u8;

    private static ReadOnlySpan<byte> EndOfHead => "\r\n\r\n"u8;

    private bool Collecting => expectingHead && !passingThrough;

    private ReadOnlySpan<byte> Pending => collected.WrittenSpan[forwarded..];

    public void ResponseCompleted() => expectingHead = true;

    public override Memory<byte> GetMemory(int sizeHint = 0)
    {
        PrepareMemory();
        return memoryIsCollected ? collected.GetMemory(sizeHint) : inner.GetMemory(sizeHint);
    }

    public override Span<byte> GetSpan(int sizeHint = 0)
    {
        PrepareMemory();
        return memoryIsCollected ? collected.GetSpan(sizeHint) : inner.GetSpan(sizeHint);
    }

    public override void Advance(int bytes)
    {
        if (!memoryIsCollected)
        {
            inner.Advance(bytes);
            return;
        }
        collected.Advance(bytes);
        ForwardCollected();
    }

    public override ValueTask<FlushResult> FlushAsync(CancellationToken cancellationToken = default)
    {
        // Kestrel writes a head whole before it flushes; anything else is not a head this writer understands.
        if (!Pending.IsEmpty)
        {
            GiveUp();
        }
        return inner.FlushAsync(cancellationToken);
    }

    public override void CancelPendingFlush() => inner.CancelPendingFlush();

    public override bool CanGetUnflushedBytes => inner.CanGetUnflushedBytes;

    public override long UnflushedBytes => inner.UnflushedBytes + Pending.Length;

    public override void Complete(Exception? exception = null)
    {
        GiveUp();
        inner.Complete(exception);
    }

    public override ValueTask CompleteAsync(Exception? exception = null)
    {
        GiveUp();
        return inner.CompleteAsync(exception);
    }

    /// <summary>New memory is asked for: what was collected is all forwarded, so the collection can start over.</summary>
    private void PrepareMemory()
    {
        if (Pending.IsEmpty)
        {
            collected.ResetWrittenCount();
            forwarded = 0;
        }
        memoryIsCollected = Collecting;
    }

    private void ForwardCollected()
    {
        while (Collecting && !Pending.IsEmpty)
        {
            var pending = Pending;
            var prefix = Math.Min(pending.Length, Http1.Length);
            if (!pending[..prefix].SequenceEqual(Http1[..prefix]) || pending.Length > MaxHeadBytes)
            {
                GiveUp();
                return;
            }
            var end = pending.IndexOf(EndOfHead);
            if (end < 0)
            {
                return;
            }
            var length = end + EndOfHead.Length;
            expectingHead = WriteHead(pending[..length]);
            forwarded += length;
        }
        if (!Collecting && !Pending.IsEmpty)
        {
            inner.Write(Pending);
            forwarded = collected.WrittenCount;
        }
    }

    /// <summary>Writes the head with the security headers it lacks; true for an interim (1xx) head, after which another follows.</summary>
    private bool WriteHead(ReadOnlySpan<byte> response)
    {
        var status = StatusOf(response);
        if (status is null or < 200)
        {
            inner.Write(response);
            return status is >= 100 and < 200 and not 101;
        }

        var text = Encoding.Latin1.GetString(response);
        inner.Write(response[..^2]);
        foreach (var (probe, line) in headers)
        {
            if (!text.Contains(probe, StringComparison.OrdinalIgnoreCase))
            {
                inner.Write(line);
            }
        }
        inner.Write("\r\n"u8);
        return false;
    }

    /// <summary>The status code of "HTTP/1.1 200 OK", or null when the line is not one.</summary>
    private static int? StatusOf(ReadOnlySpan<byte> response)
    {
        const int statusStart = 9;
        return response.Length > statusStart + 3 && response[statusStart - 1] == ' '
            && int.TryParse(response.Slice(statusStart, 3), out var status)
            ? status
            : null;
    }

    /// <summary>Forwards what was collected as it is, and everything after it: the output is no HTTP/1.x this writer understands.</summary>
    private void GiveUp()
    {
        if (!Pending.IsEmpty)
        {
            inner.Write(Pending);
            forwarded = collected.WrittenCount;
        }
        passingThrough = true;
    }
}
