using System.Net;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Http.Resilience;
using Microsoft.Extensions.Options;
using Nomadic.Integrations.Vault;
using Polly;
using Polly.Timeout;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers Vault clusters: named, validated <see cref="VaultClientOptions"/>, a resilient HTTP client each, and <see cref="IVaultClientFactory"/>.</summary>
public static class NomadicVaultServiceCollectionExtensions
{
    /// <summary>Adds the Vault cluster named <c>default</c>.</summary>
    /// <param name="services">The service collection.</param>
    /// <param name="configure">Configures the cluster.</param>
    /// <returns><paramref name="services"/>.</returns>
    public static IServiceCollection AddNomadicVault(this IServiceCollection services, Action<VaultClientOptions> configure) =>
        AddNomadicVault(services, VaultClientOptions.DefaultClusterName, configure);

    /// <summary>
    /// Adds a Vault cluster by name (a Nomad agent's <c>vault { name = ... }</c>). Its options are validated when the host starts.
    /// Calls retry connection failures, timeouts, 429 and 5xx with exponential backoff and jitter, bounded by
    /// <see cref="VaultClientOptions.MaxRetryAttempts"/> and <see cref="VaultClientOptions.TotalTimeout"/>; other 4xx are never retried.
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <param name="name">The cluster name.</param>
    /// <param name="configure">Configures the cluster.</param>
    /// <returns><paramref name="services"/>.</returns>
    public static IServiceCollection AddNomadicVault(this IServiceCollection services, string name, Action<VaultClientOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentException.ThrowIfNullOrEmpty(name);
        ArgumentNullException.ThrowIfNull(configure);
        services.AddOptions<VaultClientOptions>(name).Configure(configure).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<VaultClientOptions>, VaultClientOptionsValidator>());
        services.AddSingleton(new VaultClusterRegistration(name));
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<IVaultClientFactory, VaultClientFactory>();
        services.TryAddSingleton<VaultClusterResolver>();
        services.AddOptions<VaultNamespaceRulesOptions>();

        services.AddHttpClient(VaultClusterRegistration.HttpClientName(name))
            .ConfigurePrimaryHttpMessageHandler(sp => VaultHttpHandlerFactory.Create(sp.GetRequiredService<IOptionsMonitor<VaultClientOptions>>().Get(name)))
            .ConfigureHttpClient((sp, client) => client.Timeout = Timeout.InfiniteTimeSpan)
            .AddResilienceHandler("vault", (builder, context) => ConfigureResilience(builder, context.GetOptions<VaultClientOptions>(name)));
        return services;
    }

    private static void ConfigureResilience(ResiliencePipelineBuilder<HttpResponseMessage> builder, VaultClientOptions options)
    {
        builder.AddTimeout(options.TotalTimeout);
        if (options.MaxRetryAttempts > 0)
        {
            builder.AddRetry(new HttpRetryStrategyOptions
            {
                MaxRetryAttempts = options.MaxRetryAttempts,
                Delay = options.RetryBaseDelay,
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                ShouldHandle = args => ValueTask.FromResult(IsTransient(args.Outcome)),
            });
        }

        builder.AddTimeout(options.AttemptTimeout);
    }

    private static bool IsTransient(Outcome<HttpResponseMessage> outcome) => outcome switch
    {
        // A certificate that does not verify will not verify on the next attempt either.
        { Exception: HttpRequestException { HttpRequestError: HttpRequestError.SecureConnectionError } } => false,
        { Exception: HttpRequestException or TimeoutRejectedException } => true,
        { Result: { } response } => response.StatusCode == HttpStatusCode.TooManyRequests || (int)response.StatusCode >= 500,
        _ => false,
    };
}
