using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using HomeRental.Api.Tests.Support;

namespace HomeRental.Api.Tests.Faults;

/// <summary>
/// Redis goes away while the app serves, killed (connections refused) or frozen (connections open, no answers):
/// what needs the store answers 503 dependency_unavailable within 2 s, everything else keeps working for visitors
/// and signed-in people alike, and the app recovers by itself when Redis is back.
/// </summary>
[Collection(FaultCollection.Name)]
public sealed class RedisOutageWhileServingTests : IAsyncLifetime
{
    private static readonly TimeSpan AnswerDeadline = TimeSpan.FromSeconds(2);

    /// <summary>
    /// Shorter than the default 1.5 s, so that the deadline leaves a second for what a loaded test machine adds (the
    /// client notices a timeout on its heartbeat, a timer that fires late when every core is busy).
    /// </summary>
    private const string OperationTimeoutMilliseconds = "1000";
    private static readonly TimeSpan RecoveryDeadline = TimeSpan.FromSeconds(15);

    private RedisServer redis = null!;
    private ClockedHomeRentalFactory factory = null!;

    public async Task InitializeAsync()
    {
        redis = await RedisServer.StartAsync();
        factory = new ClockedHomeRentalFactory(redis.Configuration);
        factory.WithSetting("Redis:OperationTimeoutMilliseconds", OperationTimeoutMilliseconds);
    }

    [Fact]
    public async Task With_Redis_killed_the_store_endpoints_answer_503_fast_the_rest_works_and_a_restarted_Redis_is_used_again()
    {
        var (member, houseId) = await SignedInMemberWithAHouseAsync();
        var visitor = await VisitorWithCsrfTokenAsync();

        await redis.StopAsync();

        await ExpectStoreEndpointsUnavailableAsync(visitor, member);
        await ExpectStoreFreeEndpointsWorkingAsync(visitor, member, houseId);

        await redis.StartAgainAsync();

        await ExpectRecoveredAsync();
        var newcomer = factory.CreateApiClient();
        await factory.RegisterAsync(newcomer);
        (await newcomer.GetAsync("/api/v1.0/users/me")).StatusCode.Should().Be(HttpStatusCode.OK);
    }

    [Fact]
    public async Task With_Redis_frozen_the_store_endpoints_answer_503_fast_the_rest_works_and_sessions_survive_the_thaw()
    {
        var (member, houseId) = await SignedInMemberWithAHouseAsync();
        var visitor = await VisitorWithCsrfTokenAsync();

        redis.Freeze();
        try
        {
            await ExpectStoreEndpointsUnavailableAsync(visitor, member);
            await ExpectStoreFreeEndpointsWorkingAsync(visitor, member, houseId);
        }
        finally
        {
            redis.Thaw();
        }

        await ExpectRecoveredAsync();
        (await member.GetAsync("/api/v1.0/users/me")).StatusCode.Should().Be(HttpStatusCode.OK, "Redis kept the session");
        (await member.PatchAsJsonAsync("/api/v1.0/users/me", new { username = "after-the-thaw" })).StatusCode
            .Should().Be(HttpStatusCode.OK, "pages loaded during the outage left the CSRF token of the session alone");
    }

    private async Task<(HttpClient Member, int HouseId)> SignedInMemberWithAHouseAsync()
    {
        var (member, _) = await factory.RegisterHostAsync();
        var house = await member.CreateHouseAsync();
        (await member.UploadHouseImageAsync(house.Id, HouseSteps.TinyPng)).StatusCode.Should().Be(HttpStatusCode.Created);
        return (member, house.Id);
    }

    private async Task<HttpClient> VisitorWithCsrfTokenAsync()
    {
        var visitor = factory.CreateApiClient();
        (await visitor.GetAsync("/api/v1.0/csrf-token")).StatusCode.Should().Be(HttpStatusCode.OK);
        return visitor;
    }

    private static async Task ExpectStoreEndpointsUnavailableAsync(HttpClient visitor, HttpClient member)
    {
        var requests = new (string Name, Func<Task<HttpResponseMessage>> Send)[]
        {
            ("captcha", () => visitor.GetAsync($"/api/v1.0/captchas/{Guid.NewGuid()}")),
            ("SMS code", () => visitor.PostAsJsonAsync("/api/v1.0/sms-codes",
                new { phone = AccountSteps.NewPhone(), captchaId = Guid.NewGuid().ToString(), captchaText = "ABCD" })),
            ("registration", () => visitor.PostAsJsonAsync("/api/v1.0/users",
                new { phone = AccountSteps.NewPhone(), smsCode = "123456", password = AccountSteps.Password })),
            ("sign-in", () => visitor.SignInAsync(AccountSteps.NewPhone())),
            ("who am I", () => member.GetAsync("/api/v1.0/sessions/current")),
            ("profile", () => member.GetAsync("/api/v1.0/users/me")),
            ("CSRF token of a signed-in person", () => member.GetAsync("/api/v1.0/csrf-token")),
            ("profile change", () => member.PatchAsJsonAsync("/api/v1.0/users/me", new { username = "during-the-outage" })),
            ("sign-out", () => member.DeleteAsync("/api/v1.0/sessions/current")),
        };
        foreach (var (name, send) in requests)
        {
            var stopwatch = Stopwatch.StartNew();
            var response = await send();
            stopwatch.Stop();

            await response.ShouldBeProblemAsync(HttpStatusCode.ServiceUnavailable, "dependency_unavailable");
            stopwatch.Elapsed.Should().BeLessThan(AnswerDeadline, $"the {name} request must not hang on the store");
        }
    }

    private async Task ExpectStoreFreeEndpointsWorkingAsync(HttpClient visitor, HttpClient member, int houseId)
    {
        var checkIn = factory.Clock.Today.AddDays(30);
        var paths = new[]
        {
            "/api/v1.0/districts",
            "/api/v1.0/amenities",
            "/api/v1.0/houses/featured",
            $"/api/v1.0/houses/{houseId}",
            $"/api/v1.0/houses?districtId=3&{HouseSteps.Stay(checkIn, checkIn.AddDays(2))}&sort=price-asc",
            "/",
            "/search.html",
            "/health/live",
        };
        foreach (var client in new[] { visitor, member })
        {
            foreach (var path in paths)
            {
                var response = await client.GetAsync(path);
                response.StatusCode.Should().Be(HttpStatusCode.OK, $"{path} does not need the store");
            }
        }
        (await visitor.GetAsync("/health/ready")).StatusCode.Should().Be(HttpStatusCode.ServiceUnavailable);
    }

    /// <summary>Waits, without touching the app, until a captcha can be stored again.</summary>
    private async Task ExpectRecoveredAsync()
    {
        var client = factory.CreateApiClient();
        var stopwatch = Stopwatch.StartNew();
        HttpStatusCode status;
        do
        {
            status = (await client.GetAsync($"/api/v1.0/captchas/{Guid.NewGuid()}")).StatusCode;
            if (status != HttpStatusCode.OK)
            {
                await Task.Delay(200);
            }
        }
        while (status != HttpStatusCode.OK && stopwatch.Elapsed < RecoveryDeadline);

        status.Should().Be(HttpStatusCode.OK, $"the app reconnects to Redis by itself within {RecoveryDeadline.TotalSeconds} s");
        (await client.GetAsync("/health/ready")).StatusCode.Should().Be(HttpStatusCode.OK);
    }

    public Task DisposeAsync()
    {
        factory.Dispose();
        return redis.DisposeAsync().AsTask();
    }
}
