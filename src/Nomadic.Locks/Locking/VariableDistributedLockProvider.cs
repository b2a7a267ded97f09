using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace Nomadic.Locks;

/// <summary>
/// Creates <see cref="VariableDistributedLock"/>s over the registered <see cref="IVariableStore"/>, with the
/// namespace, TTL and lock delay of <see cref="NomadicLocksOptions"/>.
/// </summary>
public sealed class VariableDistributedLockProvider : IDistributedLockProvider
{
    private readonly IVariableStore _store;
    private readonly NomadicLocksOptions _options;
    private readonly TimeProvider _timeProvider;
    private readonly ILogger _logger;

    /// <summary>Creates the provider.</summary>
    /// <param name="store">The variable store the locks live in.</param>
    /// <param name="options">The lock defaults.</param>
    /// <param name="timeProvider">The local clock; <see cref="TimeProvider.System"/> when <see langword="null"/>.</param>
    /// <param name="loggerFactory">The logger factory; no logging when <see langword="null"/>.</param>
    public VariableDistributedLockProvider(
        IVariableStore store,
        IOptions<NomadicLocksOptions> options,
        TimeProvider? timeProvider = null,
        ILoggerFactory? loggerFactory = null)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(options);
        _store = store;
        _options = options.Value;
        _timeProvider = timeProvider ?? TimeProvider.System;
        _logger = (loggerFactory ?? NullLoggerFactory.Instance).CreateLogger<VariableDistributedLock>();
    }

    /// <inheritdoc />
    public IDistributedLock CreateLock(string path) => CreateLock(path, items: null);

    /// <summary>Creates a lock that writes <paramref name="items"/> with each acquisition.</summary>
    /// <param name="path">The variable path.</param>
    /// <param name="items">The items to write when acquiring; <see langword="null"/> keeps the variable's items.</param>
    /// <returns>The lock.</returns>
    public VariableDistributedLock CreateLock(string path, IReadOnlyDictionary<string, string>? items) =>
        new(_store, path, new VariableLockOptions
        {
            Namespace = _options.Namespace,
            Ttl = _options.LockTtl,
            LockDelay = _options.LockDelay,
            Items = items,
        }, _timeProvider, _logger);
}
