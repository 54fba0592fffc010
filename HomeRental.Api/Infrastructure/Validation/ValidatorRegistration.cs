using FluentValidation;

namespace HomeRental.Api.Infrastructure.Validation;

public static class ValidatorRegistration
{
    /// <summary>Registers every concrete <see cref="IValidator{T}"/> of the assembly (FluentValidation's own DI package is absent here).</summary>
    public static IServiceCollection AddValidatorsFromAssemblyOf<TMarker>(this IServiceCollection services)
    {
        var validators =
            from type in typeof(TMarker).Assembly.GetTypes()
            where type is { IsAbstract: false, IsGenericTypeDefinition: false }
            from implemented in type.GetInterfaces()
            where implemented.IsGenericType && implemented.GetGenericTypeDefinition() == typeof(IValidator<>)
            select (implemented, type);

        foreach (var (service, implementation) in validators)
        {
            services.AddScoped(service, implementation);
        }
        return services;
    }
}
