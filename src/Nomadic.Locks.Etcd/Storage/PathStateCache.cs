using Google.Protobuf;
using Mvccpb;

namespace Nomadic.Locks.Storage;

/// <summary>
/// What a path looks like right after this store's own successful lock transaction, so that the next acquisition or
/// release of it can go straight to its transaction instead of reading first. Never trusted on its own: the
/// transaction compares every key's revision, and a failed compare falls back to reading the path.
/// </summary>
internal sealed class PathStateCache(EtcdKeys keys)
{
    private const int MaxPaths = 1024;
    private readonly Lock _gate = new();
    private readonly Dictionary<(string Namespace, string Path), PathState> _states = [];

    /// <summary>Takes (and forgets) the remembered state of a path.</summary>
    public PathState? Take(string ns, string path)
    {
        lock (_gate)
        {
            return _states.Remove((ns, path), out var state) ? state : null;
        }
    }

    /// <summary>Remembers the path after a transaction at <paramref name="revision"/> wrote the variable (and, when locked, the lock key).</summary>
    public void Remember(PathState before, ByteString variableValue, long createRevision, long revision, string? lockId, long leaseId)
    {
        var variable = new KeyValue
        {
            Key = keys.Variable(before.Namespace, before.Path),
            Value = variableValue,
            CreateRevision = createRevision,
            ModRevision = revision,
        };
        var held = lockId is null ? null : new KeyValue
        {
            Key = keys.Lock(before.Namespace, before.Path),
            Value = ByteString.CopyFromUtf8(lockId),
            CreateRevision = revision,
            ModRevision = revision,
            Lease = leaseId,
        };
        var state = new PathState(before.Namespace, before.Path, variable, held, before.DelayKey);
        lock (_gate)
        {
            if (_states.Count >= MaxPaths)
            {
                _states.Clear();
            }

            _states[(before.Namespace, before.Path)] = state;
        }
    }
}
