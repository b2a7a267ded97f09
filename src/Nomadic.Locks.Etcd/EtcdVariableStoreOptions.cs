namespace Nomadic.Locks;

/// <summary>
/// Options of <see cref="EtcdVariableStore"/>: which etcd cluster to use, where the variables live in its key space
/// and how long to wait for it. Validated when the store is created and, through DI, when the host starts.
/// </summary>
public sealed class EtcdVariableStoreOptions
{
    /// <summary>
    /// The client URLs of the cluster's members, for example <c>http://127.0.0.1:2379</c>; at least one, required.
    /// Give every member: requests go to the members that answer, so the store keeps working while a minority is down.
    /// </summary>
    public IList<string> Endpoints { get; } = [];

    /// <summary>
    /// The key prefix under which the store keeps its keys (<c>PREFIX/NAMESPACE/PATH#v</c> and friends); default
    /// <c>nomadic/vars</c>. Stores that share a prefix share the variables; 1 to 256 characters without <c>#</c>.
    /// </summary>
    public string KeyPrefix { get; set; } = "nomadic/vars";

    /// <summary>
    /// How long one request may wait for an answer before the store tries again; 50 ms to 1 min, default 5 s.
    /// </summary>
    public TimeSpan RequestTimeout { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>
    /// How long an operation keeps retrying while the cluster is unreachable (no member answers, or no leader is
    /// elected) before it throws <see cref="EtcdUnavailableException"/>; 0 to 10 min, default 10 s.
    /// </summary>
    public TimeSpan UnavailableTimeout { get; set; } = TimeSpan.FromSeconds(10);
}
