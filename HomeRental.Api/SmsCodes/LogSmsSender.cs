namespace HomeRental.Api.SmsCodes;

/// <summary>
/// Sends nothing: in Development it writes the code to the log so a developer can register without a provider.
/// This is the only place an SMS code may be logged; outside Development the code is left out.
/// </summary>
internal sealed partial class LogSmsSender(IHostEnvironment environment, ILogger<LogSmsSender> logger) : ISmsSender
{
    public Task SendCodeAsync(string phone, string code, CancellationToken cancellationToken)
    {
        if (environment.IsDevelopment())
        {
            LogCode(logger, phone, code);
        }
        else
        {
            LogCodeWithheld(logger, PhoneNumberMask.Mask(phone), environment.EnvironmentName);
        }

        return Task.CompletedTask;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "SMS code {SmsCode} for {Phone} (Log SMS sender, nothing was sent)")]
    private static partial void LogCode(ILogger logger, string phone, string smsCode);

    [LoggerMessage(Level = LogLevel.Warning,
        Message = "An SMS code for {Phone} was neither sent nor logged: the Log SMS sender shows codes only in Development, not in {Environment}. Set Sms:Provider to Vonage.")]
    private static partial void LogCodeWithheld(ILogger logger, string phone, string environment);
}
