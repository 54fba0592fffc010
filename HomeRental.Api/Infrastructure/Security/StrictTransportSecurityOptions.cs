namespace HomeRental.Api.Infrastructure.Security;

/// <summary>The Strict-Transport-Security header that every answer carries outside Development (section Hsts).</summary>
public sealed class StrictTransportSecurityOptions
{
    public const string SectionName = "Hsts";
    public const int LongestMaxAgeDays = 730;

    /// <summary>How long a browser keeps to HTTPS for the site after an answer; 0 tells it to forget the policy.</summary>
    public int MaxAgeDays { get; set; } = 365;

    /// <summary>Whether the policy also covers every subdomain, which then must all serve HTTPS.</summary>
    public bool IncludeSubDomains { get; set; }

    public string HeaderValue =>
        $"max-age={(long)TimeSpan.FromDays(MaxAgeDays).TotalSeconds}{(IncludeSubDomains ? "; includeSubDomains" : string.Empty)}";
}
