using System.Text.Json.Serialization;

namespace HomeRental.Api.SmsCodes;

/// <summary>The answer of Vonage's <c>POST /sms/json</c>: one entry per SMS part sent.</summary>
internal sealed record VonageSmsResponse(
    [property: JsonPropertyName("messages")] IReadOnlyList<VonageMessageResult>? Messages);

internal sealed record VonageMessageResult(
    [property: JsonPropertyName("status")] string? Status,
    [property: JsonPropertyName("error-text")] string? ErrorText,
    [property: JsonPropertyName("message-id")] string? MessageId)
{
    public const string AcceptedStatus = "0";

    public bool IsAccepted => Status == AcceptedStatus;
}
