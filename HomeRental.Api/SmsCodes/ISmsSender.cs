namespace HomeRental.Api.SmsCodes;

/// <summary>Sends a verification code by SMS through the configured provider.</summary>
public interface ISmsSender
{
    /// <param name="phone">A mainland China mobile number, 11 digits without country code, e.g. 13812345678.</param>
    /// <param name="code">The verification code to send.</param>
    /// <exception cref="SmsProviderException">The provider refused the message, failed or did not answer in time.</exception>
    Task SendCodeAsync(string phone, string code, CancellationToken cancellationToken);
}
