namespace HomeRental.Api.Calendars;

/// <summary>The <c>Calendar</c> settings: how often imported calendars are read again, and from where they may be read.</summary>
public sealed class CalendarOptions
{
    public const string Section = "Calendar";

    /// <summary>How long an imported calendar's events are kept before its feed is read again.</summary>
    public int ImportRefreshMinutes { get; set; } = 60;

    /// <summary>
    /// Lets imports read feeds on loopback, private, link-local, multicast and unspecified addresses: for tests and for
    /// deployments whose hosts' calendars live on their own network. Off, an import can never be turned into a request
    /// to a service behind the firewall.
    /// </summary>
    public bool AllowPrivateAddresses { get; set; }

    public TimeSpan ImportRefresh => TimeSpan.FromMinutes(ImportRefreshMinutes);
}
