using Etcdserverpb;
using Google.Protobuf;

namespace Nomadic.Locks.Storage;

/// <summary>
/// A transaction on one path that commits only if none of its three keys changed since <see cref="PathState"/> was
/// read (each key's <c>mod_revision</c> compared; <c>0</c> for a missing key), the store's check-and-set.
/// </summary>
internal sealed class PathWrite
{
    private readonly TxnRequest _request = new();

    public PathWrite(EtcdKeys keys, PathState state)
    {
        Compare(keys.Variable(state.Namespace, state.Path), state.VariableKey?.ModRevision ?? 0);
        Compare(keys.Lock(state.Namespace, state.Path), state.LockKey?.ModRevision ?? 0);
        Compare(keys.Delay(state.Namespace, state.Path), state.DelayKey?.ModRevision ?? 0);
    }

    public TxnRequest Request => _request;

    public PathWrite Put(ByteString key, ByteString value, long leaseId = 0)
    {
        _request.Success.Add(new RequestOp { RequestPut = new PutRequest { Key = key, Value = value, Lease = leaseId } });
        return this;
    }

    public PathWrite Delete(ByteString key)
    {
        _request.Success.Add(new RequestOp { RequestDeleteRange = new DeleteRangeRequest { Key = key } });
        return this;
    }

    private void Compare(ByteString key, long modRevision) => _request.Compare.Add(new Compare
    {
        Key = key,
        Target = Etcdserverpb.Compare.Types.CompareTarget.Mod,
        Result = Etcdserverpb.Compare.Types.CompareResult.Equal,
        ModRevision = modRevision,
    });
}
