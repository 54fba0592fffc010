using System.Text.Json;
using Microsoft.Extensions.Options;

namespace HomeRental.Api.SmsCodes;

/// <summary>Sends the code through Vonage's SMS API (<c>POST {BaseUrl}/sms/json</c>, form encoded).</summary>
internal sealed partial class VonageSmsSender(
    HttpClient httpClient,
    IOptions<SmsOptions> options,
    ILogger<VonageSmsSender> logger) : ISmsSender
{
    public const string SendPath = "sms/json";

    private readonly VonageOptions vonage = options.Value.Vonage;

    public async Task SendCodeAsync(string phone, string code, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(phone);
        ArgumentException.ThrowIfNullOrWhiteSpace(code);

        var maskedPhone = PhoneNumberMask.Mask(phone);
        var response = await PostAsync(phone, code, maskedPhone, cancellationToken);

        if (response.Messages is null or [])
        {
            LogMalformedAnswer(logger, maskedPhone, null);
            throw new SmsProviderException("Vonage answered without a message status.");
        }

        var refused = response.Messages.FirstOrDefault(message => !message.IsAccepted);
        if (refused is not null)
        {
            LogRefused(logger, maskedPhone, refused.Status, refused.ErrorText);
            throw new SmsProviderException($"Vonage refused the SMS: {refused.ErrorText ?? "no reason given"} (status {refused.Status ?? "missing"}).");
        }

        LogAccepted(logger, maskedPhone, response.Messages[0].MessageId);
    }

    private async Task<VonageSmsResponse> PostAsync(string phone, string code, string maskedPhone, CancellationToken cancellationToken)
    {
        using var form = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["api_key"] = vonage.ApiKey,
            ["api_secret"] = vonage.ApiSecret,
            ["from"] = vonage.From,
            ["to"] = vonage.CountryCode + phone,
            ["text"] = $"Your HomeRental verification code is {code}. Never share it with anyone.",
        });

        // The sender owns its time limit, so a slow provider cannot hold a request past it whatever the HttpClient's Timeout.
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(TimeSpan.FromSeconds(vonage.TimeoutSeconds));

        try
        {
            using var response = await httpClient.PostAsync(SendPath, form, timeout.Token);
            if (!response.IsSuccessStatusCode)
            {
                LogHttpFailure(logger, maskedPhone, (int)response.StatusCode);
                throw new SmsProviderException($"Vonage answered HTTP {(int)response.StatusCode}.");
            }

            await using var body = await response.Content.ReadAsStreamAsync(timeout.Token);
            return await JsonSerializer.DeserializeAsync<VonageSmsResponse>(body, cancellationToken: timeout.Token)
                ?? throw new JsonException("The answer is JSON null.");
        }
        catch (OperationCanceledException exception) when (!cancellationToken.IsCancellationRequested)
        {
            LogTimeout(logger, maskedPhone, vonage.TimeoutSeconds);
            throw new SmsProviderException($"Vonage did not answer within {vonage.TimeoutSeconds} s.", exception);
        }
        catch (HttpRequestException exception)
        {
            LogUnreachable(logger, maskedPhone, exception);
            throw new SmsProviderException("Vonage could not be reached.", exception);
        }
        catch (JsonException exception)
        {
            LogMalformedAnswer(logger, maskedPhone, exception);
            throw new SmsProviderException("Vonage answered with malformed JSON.", exception);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Vonage accepted the SMS to {Phone} as message {VonageMessageId}")]
    private static partial void LogAccepted(ILogger logger, string phone, string? vonageMessageId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Vonage refused the SMS to {Phone}: status {VonageStatus}, {VonageErrorText}")]
    private static partial void LogRefused(ILogger logger, string phone, string? vonageStatus, string? vonageErrorText);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Vonage answered HTTP {HttpStatus} to the SMS to {Phone}")]
    private static partial void LogHttpFailure(ILogger logger, string phone, int httpStatus);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Vonage did not answer the SMS to {Phone} within {TimeoutSeconds} s")]
    private static partial void LogTimeout(ILogger logger, string phone, int timeoutSeconds);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Vonage could not be reached for the SMS to {Phone}")]
    private static partial void LogUnreachable(ILogger logger, string phone, Exception exception);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Vonage answered the SMS to {Phone} with something other than a message status")]
    private static partial void LogMalformedAnswer(ILogger logger, string phone, Exception? exception);
}
