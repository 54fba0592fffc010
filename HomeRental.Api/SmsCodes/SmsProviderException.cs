namespace HomeRental.Api.SmsCodes;

/// <summary>
/// The SMS provider refused the message, failed or did not answer in time.
/// The message says why and never holds a secret or the code.
/// </summary>
public sealed class SmsProviderException : Exception
{
    public SmsProviderException(string message)
        : base(message)
    {
    }

    public SmsProviderException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
