namespace Nomadic.Cli.Tests;

/// <summary>A fact that is skipped, with the reason, when <c>/usr/bin/etcd</c> is not installed (eng/install-prerequisites.sh installs it).</summary>
public sealed class EtcdFactAttribute : FactAttribute
{
    public const string EtcdBinary = "/usr/bin/etcd";

    public EtcdFactAttribute()
    {
        if (!File.Exists(EtcdBinary))
        {
            Skip = $"{EtcdBinary} is not installed; eng/install-prerequisites.sh installs Debian's etcd-server";
        }
    }
}
