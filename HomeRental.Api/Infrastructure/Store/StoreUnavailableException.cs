namespace HomeRental.Api.Infrastructure.Store;

public sealed class StoreUnavailableException(string message, Exception? innerException = null)
    : Exception(message, innerException);
