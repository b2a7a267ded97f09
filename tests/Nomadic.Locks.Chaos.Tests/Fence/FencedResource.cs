namespace Nomadic.Locks.Chaos.Tests.Fence;

/// <summary>
/// A register guarded by fencing tokens: a request whose token is lower than the highest seen is rejected. Workers
/// read-modify-write the register, so two holders that overlapped would lose an increment the fence cannot catch.
/// </summary>
public sealed class FencedResource
{
    private readonly Lock _gate = new();
    private readonly List<FenceEvent> _accepted = [];
    private readonly TimeProvider _time;
    private ulong _highest;
    private long _value;

    public FencedResource(TimeProvider time) => _time = time;

    public int Rejected { get; private set; }

    public long Value
    {
        get
        {
            lock (_gate)
            {
                return _value;
            }
        }
    }

    public IReadOnlyList<FenceEvent> Accepted()
    {
        lock (_gate)
        {
            return [.. _accepted];
        }
    }

    /// <summary>Registers a holder's token before it reads, so that a paused older holder cannot write after it.</summary>
    public bool Begin(ulong token, string worker) => Apply(FenceOperation.Begin, token, worker, value: null);

    public bool End(ulong token, string worker) => Apply(FenceOperation.End, token, worker, value: null);

    public bool Write(ulong token, string worker, long value) => Apply(FenceOperation.Write, token, worker, value);

    /// <returns>The register's value, or <see langword="null"/> when <paramref name="token"/> is stale.</returns>
    public long? Read(ulong token)
    {
        lock (_gate)
        {
            return token < _highest ? null : _value;
        }
    }

    private bool Apply(FenceOperation operation, ulong token, string worker, long? value)
    {
        lock (_gate)
        {
            if (token < _highest)
            {
                Rejected++;
                return false;
            }

            _highest = token;
            if (value is { } written)
            {
                _value = written;
            }

            _accepted.Add(new FenceEvent(operation, token, worker, value ?? _value, _time.GetTimestamp()));
            return true;
        }
    }
}
