namespace HomeRental.Api.Calendars;

public static class CalendarServiceCollectionExtensions
{
    /// <summary>The <c>Calendar</c> settings (checked at start-up), the careful feed reader and the refresh of imports.</summary>
    public static IServiceCollection AddCalendars(this IServiceCollection services)
    {
        services.AddOptions<CalendarOptions>()
            .BindConfiguration(CalendarOptions.Section)
            .Validate(options => options.ImportRefreshMinutes > 0, $"{CalendarOptions.Section}:ImportRefreshMinutes must be 1 or more.")
            .ValidateOnStart();
        services.AddSingleton<PublicAddressPolicy>();
        services.AddHttpClient<CalendarFeedClient>(client =>
            {
                client.Timeout = Timeout.InfiniteTimeSpan;
                client.DefaultRequestHeaders.UserAgent.ParseAdd("HomeRental-CalendarImport/1.0");
                client.DefaultRequestHeaders.Accept.ParseAdd("text/calendar, */*;q=0.5");
            })
            .ConfigurePrimaryHttpMessageHandler(provider =>
            {
                var policy = provider.GetRequiredService<PublicAddressPolicy>();
                return new SocketsHttpHandler
                {
                    // Redirects are followed by the client, and a proxy would be connected to instead of the feed's server.
                    AllowAutoRedirect = false,
                    UseProxy = false,
                    UseCookies = false,
                    AutomaticDecompression = System.Net.DecompressionMethods.All,
                    ConnectCallback = (context, cancellationToken) => CalendarFeedClient.ConnectAsync(policy, context, cancellationToken),
                };
            });
        services.AddScoped<CalendarImportSync>();
        services.AddHostedService<CalendarImportRefresh>();
        return services;
    }
}
