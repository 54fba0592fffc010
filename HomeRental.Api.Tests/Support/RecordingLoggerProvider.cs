using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace HomeRental.Api.Tests.Support;

/// <summary>Keeps every log entry written through it so tests can check what was, and was not, logged.</summary>
public sealed class RecordingLoggerProvider : ILoggerProvider
{
    private readonly ConcurrentQueue<RecordedLogEntry> entries = new();

    public IReadOnlyList<RecordedLogEntry> Entries => [.. entries];

    /// <summary>Every message, property value and exception logged, as one text to search for leaks.</summary>
    public string AllText => string.Join('\n', Entries.Select(entry => entry.ToString()));

    public ILogger CreateLogger(string categoryName) => new RecordingLogger(categoryName, entries);

    public void Dispose()
    {
    }

    private sealed class RecordingLogger(string category, ConcurrentQueue<RecordedLogEntry> entries) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            var properties = state as IReadOnlyList<KeyValuePair<string, object?>> ?? [];
            entries.Enqueue(new RecordedLogEntry(
                category,
                logLevel,
                formatter(state, exception),
                properties.ToDictionary(property => property.Key, property => property.Value),
                exception));
        }
    }
}

public sealed record RecordedLogEntry(
    string Category,
    LogLevel Level,
    string Message,
    IReadOnlyDictionary<string, object?> Properties,
    Exception? Exception)
{
    public override string ToString() =>
        $"{Category} {Level}: {Message} | {string.Join(", ", Properties.Select(property => $"{property.Key}={property.Value}"))} | {Exception}";
}
