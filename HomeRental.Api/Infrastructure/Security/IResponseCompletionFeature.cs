namespace HomeRental.Api.Infrastructure.Security;

/// <summary>Tells the connection's <see cref="SecuredResponseHeadWriter"/> that the app's answer has been written in full.</summary>
public interface IResponseCompletionFeature
{
    void ResponseCompleted();
}
