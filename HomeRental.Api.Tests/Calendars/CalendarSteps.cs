using System.Net;
using System.Net.Http.Json;
using HomeRental.Api.Tests.Orders;
using HomeRental.Api.Tests.Support;

namespace HomeRental.Api.Tests.Calendars;

public sealed record RangeBody(string CheckIn, string CheckOut);

public sealed record CalendarBody(int HouseId, string From, string To, List<RangeBody> Unavailable);

public sealed record BlockBody(int Id, string CheckIn, string CheckOut, string? Note, DateTime CreatedAt);

public sealed record ExportBody(string Url);

/// <summary>The calendar routes through HTTP, as a page or a client calls them.</summary>
public static class CalendarSteps
{
    public static Task<HttpResponseMessage> GetCalendarAsync(this HttpClient client, int houseId, string query = "") =>
        client.GetAsync($"/api/v1.0/houses/{houseId}/calendar{(query.Length > 0 ? "?" + query : "")}");

    public static async Task<List<RangeBody>> UnavailableAsync(this HttpClient client, int houseId, DateOnly from, DateOnly to) =>
        (await (await client.GetCalendarAsync(houseId, $"from={OrderSteps.Iso(from)}&to={OrderSteps.Iso(to)}"))
            .ReadJsonAsync<CalendarBody>()).Unavailable;

    public static Task<HttpResponseMessage> BlockAsync(this HttpClient client, int houseId, DateOnly checkIn, DateOnly checkOut, string? note = null) =>
        client.PostAsJsonAsync($"/api/v1.0/houses/{houseId}/blocks", new { checkIn = OrderSteps.Iso(checkIn), checkOut = OrderSteps.Iso(checkOut), note });

    public static async Task<BlockBody> PlaceBlockAsync(this HttpClient client, int houseId, DateOnly checkIn, DateOnly checkOut, string? note = null) =>
        await (await client.BlockAsync(houseId, checkIn, checkOut, note)).ReadJsonAsync<BlockBody>(HttpStatusCode.Created);

    public static Task<HttpResponseMessage> UnblockAsync(this HttpClient client, int houseId, int blockId) =>
        client.DeleteAsync($"/api/v1.0/houses/{houseId}/blocks/{blockId}");

    public static async Task<List<BlockBody>> ListBlocksAsync(this HttpClient client, int houseId) =>
        await (await client.GetAsync($"/api/v1.0/houses/{houseId}/blocks")).ReadJsonAsync<List<BlockBody>>();

    public static async Task<string> ExportUrlAsync(this HttpClient client, int houseId) =>
        (await (await client.GetAsync($"/api/v1.0/houses/{houseId}/ical-export")).ReadJsonAsync<ExportBody>()).Url;

    public static RangeBody Range(DateOnly checkIn, DateOnly checkOut) => new(OrderSteps.Iso(checkIn), OrderSteps.Iso(checkOut));
}

public sealed record ImportBody(int Id, string Name, string Url, DateTime? LastSyncedAt, string? LastError, int EventCount);

/// <summary>The iCal import routes through HTTP.</summary>
public static class ImportSteps
{
    public static string ImportsPath(int houseId) => $"/api/v1.0/houses/{houseId}/ical-imports";

    public static Task<HttpResponseMessage> ImportAsync(this HttpClient client, int houseId, string name, string url) =>
        client.PostAsJsonAsync(ImportsPath(houseId), new { name, url });

    public static async Task<ImportBody> AddImportAsync(this HttpClient client, int houseId, string url, string name = "Other site") =>
        await (await client.ImportAsync(houseId, name, url)).ReadJsonAsync<ImportBody>(HttpStatusCode.Created);

    public static async Task<List<ImportBody>> ListImportsAsync(this HttpClient client, int houseId) =>
        await (await client.GetAsync(ImportsPath(houseId))).ReadJsonAsync<List<ImportBody>>();

    public static Task<HttpResponseMessage> SyncImportAsync(this HttpClient client, int houseId, int importId) =>
        client.PostAsync($"{ImportsPath(houseId)}/{importId}/sync", null);

    public static async Task<List<RangeBody>> ImportEventsAsync(this HttpClient client, int houseId, int importId) =>
        await (await client.GetAsync($"{ImportsPath(houseId)}/{importId}/events")).ReadJsonAsync<List<RangeBody>>();

    public static Task<HttpResponseMessage> RemoveImportAsync(this HttpClient client, int houseId, int importId) =>
        client.DeleteAsync($"{ImportsPath(houseId)}/{importId}");
}
