namespace HomeRental.Api.Calendars;

/// <summary>Why a calendar feed could not be read, in words for the host who added it.</summary>
public sealed class CalendarFeedException(string message, bool addressRefused = false, Exception? inner = null) : Exception(message, inner)
{
    /// <summary>The feed, or a redirect on the way to it, is on an address that imports may not read from.</summary>
    public bool AddressRefused { get; } = addressRefused;

    public static CalendarFeedException RefusedAddress(string host) => new(
        $"The calendar address leads to {host}, a private or local network address, which HomeRental does not read calendars from.",
        addressRefused: true);
}
