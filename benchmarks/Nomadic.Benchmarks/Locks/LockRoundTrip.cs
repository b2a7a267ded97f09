using Nomadic.Locks;

namespace Nomadic.Benchmarks;

/// <summary>The operation every lock latency benchmark measures: one uncontended acquire, then its release.</summary>
internal static class LockRoundTrip
{
    private static readonly VariableLockRequest DefaultRequest = new();

    /// <summary>Acquires <paramref name="path"/> in the default namespace and releases it.</summary>
    /// <returns>The acquisition's fencing token.</returns>
    public static async Task<ulong> AcquireReleaseAsync(IVariableStore store, string path, VariableLockRequest? request = null)
    {
        var acquired = await store.AcquireLockAsync("default", path, request ?? DefaultRequest);
        await store.ReleaseLockAsync("default", path, acquired.LockId!);
        return acquired.FencingToken;
    }
}
