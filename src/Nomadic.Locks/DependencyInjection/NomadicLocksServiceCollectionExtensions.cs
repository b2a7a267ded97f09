using System.Diagnostics.CodeAnalysis;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Nomadic.Locks;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>
/// Registers Nomadic's variables, distributed locks and leader-elected services.
/// </summary>
public static class NomadicLocksServiceCollectionExtensions
{
    /// <summary>Registers Nomadic.Locks with the default options.</summary>
    /// <param name="services">The services.</param>
    /// <returns><paramref name="services"/>.</returns>
    public static IServiceCollection AddNomadicLocks(this IServiceCollection services) => services.AddNomadicLocks(configure: null);

    /// <summary>
    /// Registers, unless already registered: <see cref="TimeProvider.System"/>, an <see cref="InMemoryVariableStore"/> as
    /// <see cref="IVariableStore"/> (register another store first to use it), <see cref="VariableDistributedLockProvider"/>
    /// as <see cref="IDistributedLockProvider"/>, and <see cref="NomadicLocksOptions"/>, validated when the host starts.
    /// </summary>
    /// <param name="services">The services.</param>
    /// <param name="configure">Configures the lock defaults; may be <see langword="null"/>.</param>
    /// <returns><paramref name="services"/>.</returns>
    public static IServiceCollection AddNomadicLocks(this IServiceCollection services, Action<NomadicLocksOptions>? configure)
    {
        ArgumentNullException.ThrowIfNull(services);
        var options = services.AddOptions<NomadicLocksOptions>();
        if (configure is not null)
        {
            options.Configure(configure);
        }

        options.ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<NomadicLocksOptions>, NomadicLocksOptionsValidator>());
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<IVariableStore>(static provider => new InMemoryVariableStore(provider.GetRequiredService<TimeProvider>()));
        services.TryAddSingleton<IDistributedLockProvider, VariableDistributedLockProvider>();
        return services;
    }

    /// <summary>
    /// Runs <typeparamref name="TWorker"/> only while this instance holds the lock at <paramref name="lockPath"/>,
    /// cancelling it the moment leadership is lost. Registers the election's <see cref="ILeadership"/> as a keyed
    /// service (key: the normalized lock path) and, for the first election registered, as the unkeyed one.
    /// </summary>
    /// <typeparam name="TWorker">The leader's work; registered as transient unless already registered.</typeparam>
    /// <param name="services">The services.</param>
    /// <param name="lockPath">The path of the election's lock variable.</param>
    /// <param name="configure">Configures the election (named options, name = the lock path); may be <see langword="null"/>.</param>
    /// <returns><paramref name="services"/>.</returns>
    /// <exception cref="InvalidVariableException">The path breaks Nomad's path rules.</exception>
    /// <exception cref="InvalidOperationException">An election on the same path is already registered.</exception>
    public static IServiceCollection AddLeaderElectedService<[DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.PublicConstructors)] TWorker>(
        this IServiceCollection services,
        string lockPath,
        Action<LeaderElectionOptions>? configure = null)
        where TWorker : class, ILeaderWorker
    {
        ArgumentNullException.ThrowIfNull(services);
        var path = VariableRules.NormalizePath(lockPath);
        if (services.Any(descriptor => descriptor.IsKeyedService && descriptor.ServiceType == typeof(ILeadership) && Equals(descriptor.ServiceKey, path)))
        {
            throw new InvalidOperationException($"A leader-elected service on '{path}' is already registered.");
        }

        services.AddNomadicLocks();
        var options = services.AddOptions<LeaderElectionOptions>(path)
            .Configure<IOptions<NomadicLocksOptions>>((election, locks) =>
            {
                election.LockPath = path;
                election.Namespace = locks.Value.Namespace;
                election.LockTtl = locks.Value.LockTtl;
                election.LockDelay = locks.Value.LockDelay;
            });
        if (configure is not null)
        {
            options.Configure(configure);
        }

        options.ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<LeaderElectionOptions>, LeaderElectionOptionsValidator>());
        services.TryAddTransient<TWorker>();
        services.AddKeyedSingleton<ILeadership>(path, (provider, _) => new LeaderElector(
            provider.GetRequiredService<IVariableStore>(),
            provider.GetRequiredService<IOptionsMonitor<LeaderElectionOptions>>().Get(path),
            provider.GetRequiredService<TimeProvider>(),
            (provider.GetService<ILoggerFactory>() ?? NullLoggerFactory.Instance).CreateLogger<LeaderElector>()));
        services.TryAddSingleton(provider => provider.GetRequiredKeyedService<ILeadership>(path));
        services.AddSingleton<IHostedService>(provider => new LeaderElectedService<TWorker>(
            (LeaderElector)provider.GetRequiredKeyedService<ILeadership>(path),
            provider.GetRequiredService<IServiceScopeFactory>()));
        return services;
    }
}
