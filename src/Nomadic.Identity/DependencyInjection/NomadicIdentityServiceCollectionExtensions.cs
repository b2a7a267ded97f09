using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Nomadic.Identity;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers Nomadic.Identity: options (validated at start), the key store, keyring, issuer, validator and the keyring maintenance service.</summary>
public static class NomadicIdentityServiceCollectionExtensions
{
    /// <summary>Adds the workload identity services.</summary>
    /// <param name="services">The service collection.</param>
    /// <param name="configure">Configures <see cref="NomadicIdentityOptions"/>; default none.</param>
    /// <returns><paramref name="services"/>.</returns>
    public static IServiceCollection AddNomadicIdentity(this IServiceCollection services, Action<NomadicIdentityOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        var builder = services.AddOptions<NomadicIdentityOptions>();
        if (configure is not null)
        {
            builder.Configure(configure);
        }

        builder.ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<NomadicIdentityOptions>, NomadicIdentityOptionsValidator>());
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<IKeyStore>(CreateStore);
        services.TryAddSingleton<Keyring>();
        services.TryAddSingleton<IPublicKeyProvider>(sp => sp.GetRequiredService<Keyring>());
        services.TryAddSingleton<WorkloadIdentityIssuer>();
        services.TryAddSingleton<WorkloadIdentityValidator>();
        services.AddHostedService<KeyringMaintenanceService>();
        return services;
    }

    private static IKeyStore CreateStore(IServiceProvider services)
    {
        var options = services.GetRequiredService<IOptions<NomadicIdentityOptions>>().Value;
        if (options.KeyDirectory is null)
        {
            return new InMemoryKeyStore();
        }

        var kek = NomadicIdentityOptionsValidator.KeyEncryptionKeyBytes(options)
            ?? throw new OptionsValidationException(nameof(NomadicIdentityOptions), typeof(NomadicIdentityOptions), ["KeyEncryptionKey must be the base64 of 32 bytes when KeyDirectory is set."]);
        return new FileKeyStore(options.KeyDirectory, kek);
    }
}
