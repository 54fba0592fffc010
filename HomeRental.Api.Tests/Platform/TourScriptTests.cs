using HomeRental.Api.Tests.Faults;
using HomeRental.Api.Tests.Support;

namespace HomeRental.Api.Tests.Platform;

/// <summary>docs/tour.sh, the API tour the README shows, runs against a started app the way a developer runs it.</summary>
[Collection(FaultCollection.Name)]
public sealed class TourScriptTests : IDisposable
{
    private readonly HomeRentalFactory data = new();

    [Fact]
    public async Task The_readme_tour_runs_against_a_started_app()
    {
        var log = Path.Combine(data.DataDirectory, "app.log");
        await using var app = await AppProcess.StartAsync(data, redisConfiguration: string.Empty, settings: new Dictionary<string, string>
        {
            ["Captchas__LogTexts"] = "true",
            // As a newcomer runs it: on the demo set that a first start in Development makes.
            ["Demo__Seed"] = "true",
            ["Logging__LogLevel__Default"] = "Information",
        }, outputFile: log);

        var tour = await ExternalCommand.RunAsync("bash", [Repository.PathOf("docs", "tour.sh")], Repository.Root, TimeSpan.FromMinutes(3),
            new Dictionary<string, string> { ["API"] = app.BaseAddress.ToString().TrimEnd('/'), ["LOG"] = log });

        tour.ExitCode.Should().Be(0, $"the tour said:{Environment.NewLine}{tour.Output}{Environment.NewLine}and the app:{Environment.NewLine}{app.Output}");
        tour.Output.Should().Contain("The tour ran: house");
    }

    public void Dispose() => data.Dispose();
}
