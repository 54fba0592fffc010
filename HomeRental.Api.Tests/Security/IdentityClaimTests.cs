using System.Net;
using System.Net.Http.Json;
using HomeRental.Api.Tests.Support;
using HomeRental.Api.Users;

namespace HomeRental.Api.Tests.Security;

/// <summary>The identity is set once, by one account: the attacks of racing requests and of reusing someone's number.</summary>
public sealed class IdentityClaimTests : IDisposable
{
    private const string IdNumber = "11010519491231002X";

    private readonly HomeRentalFactory factory = new();

    [Fact]
    public async Task Of_twenty_concurrent_identity_requests_exactly_one_wins()
    {
        var client = factory.CreateApiClient();
        await factory.RegisterAsync(client);

        var responses = await Task.WhenAll(Enumerable.Range(0, 20).Select(attempt =>
            client.PutAsJsonAsync("/api/v1.0/users/me/identity", new { realName = $"Name {attempt:D2}", idNumber = IdNumber })));

        var winners = responses.Where(response => response.StatusCode == HttpStatusCode.OK).ToList();
        winners.Should().ContainSingle();
        foreach (var loser in responses.Except(winners))
        {
            await loser.ShouldBeProblemAsync(HttpStatusCode.Conflict, "identity_already_set");
        }
        var won = await winners[0].ReadJsonAsync<IdentityResponse>();
        var stored = await client.GetFromJsonAsync<IdentityResponse>("/api/v1.0/users/me/identity");
        stored.Should().Be(won);
    }

    [Fact]
    public async Task A_number_verified_for_another_account_is_refused()
    {
        var first = factory.CreateApiClient();
        var second = factory.CreateApiClient();
        await factory.RegisterAsync(first);
        await factory.RegisterAsync(second);
        (await first.PutAsJsonAsync("/api/v1.0/users/me/identity", new { realName = "Zhang San", idNumber = IdNumber }))
            .StatusCode.Should().Be(HttpStatusCode.OK);

        var reused = await second.PutAsJsonAsync("/api/v1.0/users/me/identity", new { realName = "Li Si", idNumber = IdNumber.ToLowerInvariant() });

        await reused.ShouldBeProblemAsync(HttpStatusCode.Conflict, "id_number_taken");
        (await second.GetFromJsonAsync<IdentityResponse>("/api/v1.0/users/me/identity")).Should().Be(new IdentityResponse(null, null, false));
    }

    [Fact]
    public async Task Of_two_accounts_claiming_one_number_at_once_exactly_one_gets_it()
    {
        var clients = new[] { factory.CreateApiClient(), factory.CreateApiClient() };
        foreach (var client in clients)
        {
            await factory.RegisterAsync(client);
        }

        var responses = await Task.WhenAll(clients.Select(client =>
            client.PutAsJsonAsync("/api/v1.0/users/me/identity", new { realName = "Zhang San", idNumber = IdNumber })));

        responses.Select(response => response.StatusCode).Should().BeEquivalentTo([HttpStatusCode.OK, HttpStatusCode.Conflict]);
        await responses.Single(response => response.StatusCode == HttpStatusCode.Conflict).ShouldBeProblemAsync(HttpStatusCode.Conflict, "id_number_taken");
    }

    public void Dispose() => factory.Dispose();
}
