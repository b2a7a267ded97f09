using Microsoft.Extensions.Time.Testing;

namespace Nomadic.Locks.Tests;

/// <summary>
/// The part every contract suite shares: a fake clock and the store under test, made by the derived class.
/// </summary>
public abstract class StoreContractBase : IDisposable
{
    private readonly Lazy<IVariableStore> _store;

    protected StoreContractBase()
    {
        _store = new Lazy<IVariableStore>(() => CreateStore(Time));
    }

    /// <summary>The clock the store runs on; tests advance it.</summary>
    protected FakeTimeProvider Time { get; } = new(new DateTimeOffset(2024, 1, 1, 0, 0, 0, TimeSpan.Zero));

    protected IVariableStore Store => _store.Value;

    protected static Dictionary<string, string> Items(params string[] pairs)
    {
        var items = new Dictionary<string, string>();
        for (var i = 0; i < pairs.Length; i += 2)
        {
            items[pairs[i]] = pairs[i + 1];
        }

        return items;
    }

    /// <summary>Creates an empty store whose clock (lock expiry, times) is <paramref name="timeProvider"/>.</summary>
    protected abstract IVariableStore CreateStore(TimeProvider timeProvider);

    public void Dispose()
    {
        if (_store.IsValueCreated && _store.Value is IDisposable disposable)
        {
            disposable.Dispose();
        }

        GC.SuppressFinalize(this);
    }
}
