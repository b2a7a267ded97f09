using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Nomadic.Locks;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>
/// Registers Nomadic.Locks with its variables and locks stored in a SQLite file.
/// </summary>
public static class NomadicLocksSqliteServiceCollectionExtensions
{
    /// <summary>
    /// Registers a <see cref="SqliteVariableStore"/> on the file at <paramref name="path"/> as the
    /// <see cref="IVariableStore"/>, replacing any store registered before (such as the in-memory default of
    /// <c>AddNomadicLocks()</c>), then registers the rest of Nomadic.Locks with
    /// <see cref="NomadicLocksServiceCollectionExtensions.AddNomadicLocks(IServiceCollection, Action{NomadicLocksOptions}?)"/>.
    /// The store's options are validated when the host starts; the file is opened when the store is first resolved
    /// and closed when the container is disposed.
    /// </summary>
    /// <param name="services">The services.</param>
    /// <param name="path">The database file; <see cref="SqliteVariableStoreOptions.Path"/>.</param>
    /// <param name="configure">Configures the store (poll interval, busy timeout, flushing); may be <see langword="null"/>.</param>
    /// <param name="configureLocks">Configures the lock defaults, as <c>AddNomadicLocks</c> does; may be <see langword="null"/>.</param>
    /// <returns><paramref name="services"/>.</returns>
    public static IServiceCollection AddNomadicLocksSqlite(
        this IServiceCollection services,
        string path,
        Action<SqliteVariableStoreOptions>? configure = null,
        Action<NomadicLocksOptions>? configureLocks = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        var options = services.AddOptions<SqliteVariableStoreOptions>().Configure(o => o.Path = path);
        if (configure is not null)
        {
            options.Configure(configure);
        }

        options.ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<SqliteVariableStoreOptions>, SqliteVariableStoreOptionsValidator>());
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton(static provider => new SqliteVariableStore(
            provider.GetRequiredService<IOptions<SqliteVariableStoreOptions>>().Value,
            provider.GetRequiredService<TimeProvider>()));
        services.RemoveAll<IVariableStore>();
        services.AddSingleton<IVariableStore>(static provider => provider.GetRequiredService<SqliteVariableStore>());
        return services.AddNomadicLocks(configureLocks);
    }
}
