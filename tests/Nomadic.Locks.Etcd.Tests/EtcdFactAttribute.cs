namespace Nomadic.Locks.Etcd.Tests;

/// <summary>A fact that is skipped, with the reason, when <c>/usr/bin/etcd</c> is not installed.</summary>
public sealed class EtcdFactAttribute : FactAttribute
{
    public EtcdFactAttribute()
    {
        if (!EtcdCluster.IsInstalled)
        {
            Skip = EtcdCluster.MissingMessage;
        }
    }
}
