namespace Nomadic.Locks.Etcd.Tests;

public sealed class EtcdPresenceTests
{
    /// <summary>Reports (as skipped) that the contract suites were left out because etcd is not installed.</summary>
    [EtcdFact]
    public void Etcd_is_installed_so_the_contract_suites_run() => Assert.True(EtcdCluster.IsInstalled);
}
