namespace Nomadic.Locks.Etcd.Tests;

/// <summary>The tests that share one 3-member etcd cluster; they run one after another.</summary>
[CollectionDefinition(Name)]
public sealed class EtcdCollection : ICollectionFixture<EtcdCluster>
{
    public const string Name = "etcd cluster";
}
