namespace Nomadic.HaWorker;

/// <summary>The sample's settings, from the command line (<c>--store</c>, <c>--name</c>, ...) or <c>HAWORKER_</c> environment variables.</summary>
internal sealed class HaWorkerOptions
{
    /// <summary>The command-line flags and the settings they set.</summary>
    public static readonly Dictionary<string, string> Switches = new(StringComparer.Ordinal)
    {
        ["--store"] = nameof(Store),
        ["--name"] = nameof(Name),
        ["--lock-path"] = nameof(LockPath),
        ["--ttl"] = nameof(Ttl),
        ["--delay"] = nameof(Delay),
        ["--interval"] = nameof(Interval),
    };

    /// <summary>
    /// Where the lock lives: <c>sqlite:PATH</c> (one file shared by the instances of one machine), <c>agent:URL</c> (a Nomadic
    /// agent or a real Nomad), or <c>etcd:URL,URL,...</c>.
    /// </summary>
    public string Store { get; set; } = "sqlite:haworker.db";

    /// <summary>This instance's name, written as the lock's <c>leader</c> item.</summary>
    public string Name { get; set; } = $"{Environment.MachineName}-{Environment.ProcessId}";

    /// <summary>The election's lock path.</summary>
    public string LockPath { get; set; } = "haworker/leader";

    /// <summary>The lock TTL (10 s at least); a crashed leader is replaced after about TTL + delay.</summary>
    public TimeSpan Ttl { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>The lock delay after an expiry.</summary>
    public TimeSpan Delay { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>How often the leader does one unit of work.</summary>
    public TimeSpan Interval { get; set; } = TimeSpan.FromMilliseconds(500);
}
