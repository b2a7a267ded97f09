using BenchmarkDotNet.Attributes;
using dotnet_etcd;
using Etcdserverpb;
using Google.Protobuf;
using Nomadic.Locks;

namespace Nomadic.Benchmarks;

/// <summary>
/// The floor under the etcd store's acquire + release on the 3-member loopback cluster: one bare <c>Put</c> (one Raft
/// write, the baseline), one <c>Txn</c> shaped like the store's (compares plus two puts), one lease keep-alive (the
/// round trip an acquisition spends on a pooled lease; no Raft write), and the store's own acquire + release, each
/// through the client the store uses (<c>dotnet-etcd</c>, round robin over the three members) and, for the writes,
/// through a client that talks to the Raft leader only.
/// </summary>
[MemoryDiagnoser]
public class EtcdRoundTripBenchmarks
{
    private const string LockPath = "bench/floor-lock";
    private static readonly ByteString Key = ByteString.CopyFromUtf8("bench/floor");
    private static readonly ByteString Value = ByteString.CopyFromUtf8("""{"Items":{},"CreateTime":0,"ModifyTime":0}""");
    private LoopbackEtcdCluster _cluster = null!;
    private EtcdClient _roundRobin = null!;
    private EtcdClient _leader = null!;
    private EtcdVariableStore _store = null!;
    private EtcdVariableStore _leaderStore = null!;
    private long _leaseId;

    /// <summary>Starts the cluster, finds its leader and opens the clients.</summary>
    [GlobalSetup]
    public void Setup()
    {
        _cluster = new LoopbackEtcdCluster();
        _roundRobin = new EtcdClient(string.Join(",", _cluster.Endpoints));
        var leaderEndpoint = _cluster.Endpoints.First(IsLeader);
        _leader = new EtcdClient(leaderEndpoint);
        _store = new EtcdVariableStore(_cluster.Endpoints);
        _leaderStore = new EtcdVariableStore([leaderEndpoint]);
        _leaseId = _leader.LeaseGrant(new LeaseGrantRequest { TTL = 600 }).ID;
    }

    /// <summary>Closes the clients and stops the cluster.</summary>
    [GlobalCleanup]
    public void Cleanup()
    {
        _store.Dispose();
        _leaderStore.Dispose();
        _roundRobin.Dispose();
        _leader.Dispose();
        _cluster.Dispose();
    }

    /// <summary>One bare put, round robin over the members.</summary>
    /// <returns>The revision written at.</returns>
    [Benchmark(Baseline = true)]
    public async Task<long> Put() => (await _roundRobin.PutAsync(new PutRequest { Key = Key, Value = Value })).Header.Revision;

    /// <summary>One bare put to the leader.</summary>
    /// <returns>The revision written at.</returns>
    [Benchmark]
    public async Task<long> PutToLeader() => (await _leader.PutAsync(new PutRequest { Key = Key, Value = Value })).Header.Revision;

    /// <summary>One transaction like the store's acquisition (three compares, two puts, one on a lease), round robin.</summary>
    /// <returns>The revision written at.</returns>
    [Benchmark]
    public async Task<long> Txn() => (await _roundRobin.TransactionAsync(StoreLikeTxn())).Header.Revision;

    /// <summary>The same transaction sent to the leader.</summary>
    /// <returns>The revision written at.</returns>
    [Benchmark]
    public async Task<long> TxnToLeader() => (await _leader.TransactionAsync(StoreLikeTxn())).Header.Revision;

    /// <summary>One lease keep-alive on its own stream, as the store sends it for a pooled lease, round robin.</summary>
    /// <returns>The lease's new TTL.</returns>
    [Benchmark]
    public async Task<long> KeepAliveOnce()
    {
        using var call = _roundRobin.GetConnection().LeaseClient.LeaseKeepAlive();
        await call.RequestStream.WriteAsync(new LeaseKeepAliveRequest { ID = _leaseId });
        await call.RequestStream.CompleteAsync();
        await call.ResponseStream.MoveNext(CancellationToken.None);
        return call.ResponseStream.Current.TTL;
    }

    /// <summary>The store's acquire + release, round robin over the members (what the store does by default).</summary>
    /// <returns>The fencing token.</returns>
    [Benchmark]
    public async Task<ulong> StoreAcquireRelease() => await LockRoundTrip.AcquireReleaseAsync(_store, LockPath);

    /// <summary>The store's acquire + release with only the leader's endpoint configured.</summary>
    /// <returns>The fencing token.</returns>
    [Benchmark]
    public async Task<ulong> StoreAcquireReleaseOnLeader() => await LockRoundTrip.AcquireReleaseAsync(_leaderStore, LockPath);


    private TxnRequest StoreLikeTxn()
    {
        var request = new TxnRequest();
        foreach (var suffix in new[] { "#v", "#l", "#d" })
        {
            request.Compare.Add(new Compare
            {
                Key = ByteString.CopyFromUtf8("bench/txn" + suffix),
                Target = Compare.Types.CompareTarget.Mod,
                Result = Compare.Types.CompareResult.Greater,
                ModRevision = -1,
            });
        }

        request.Success.Add(new RequestOp { RequestPut = new PutRequest { Key = ByteString.CopyFromUtf8("bench/txn#l"), Value = Value, Lease = _leaseId } });
        request.Success.Add(new RequestOp { RequestPut = new PutRequest { Key = ByteString.CopyFromUtf8("bench/txn#v"), Value = Value } });
        return request;
    }

    private static bool IsLeader(string endpoint)
    {
        using var client = new EtcdClient(endpoint);
        var status = client.Status(new StatusRequest());
        return status.Leader == status.Header.MemberId;
    }
}
