namespace Nomadic.Core.Jobs;

/// <summary>A <c>check</c> block inside <c>service</c>.</summary>
public sealed class ServiceCheck
{
    /// <summary>The check name (<c>name</c>).</summary>
    public string Name { get; set; } = "";

    /// <summary><c>http</c>, <c>tcp</c>, <c>script</c> or <c>grpc</c> (<c>type</c>).</summary>
    public string Type { get; set; } = "";

    /// <summary>The command of a script check (<c>command</c>).</summary>
    public string Command { get; set; } = "";

    /// <summary>The arguments of a script check (<c>args</c>).</summary>
    public IList<string>? Args { get; set; }

    /// <summary>The HTTP path (<c>path</c>).</summary>
    public string Path { get; set; } = "";

    /// <summary><c>http</c> or <c>https</c> (<c>protocol</c>).</summary>
    public string Protocol { get; set; } = "";

    /// <summary>The port label or number checked (<c>port</c>).</summary>
    public string PortLabel { get; set; } = "";

    /// <summary>Whether Connect exposes the check path (<c>expose</c>).</summary>
    public bool Expose { get; set; }

    /// <summary>The address mode of the check (<c>address_mode</c>).</summary>
    public string AddressMode { get; set; } = "";

    /// <summary>The address Consul checks (<c>advertise</c>).</summary>
    public string Advertise { get; set; } = "";

    /// <summary>How often the check runs (<c>interval</c>).</summary>
    public TimeSpan Interval { get; set; }

    /// <summary>How long one check may take (<c>timeout</c>).</summary>
    public TimeSpan Timeout { get; set; }

    /// <summary>The status before the first run (<c>initial_status</c>).</summary>
    public string InitialStatus { get; set; } = "";

    /// <summary>The TLS server name (<c>tls_server_name</c>).</summary>
    public string TLSServerName { get; set; } = "";

    /// <summary>Whether TLS verification is skipped (<c>tls_skip_verify</c>).</summary>
    public bool TLSSkipVerify { get; set; }

    /// <summary>HTTP headers (<c>header</c> block).</summary>
    public IDictionary<string, IList<string>>? Header { get; set; }

    /// <summary>The HTTP method (<c>method</c>).</summary>
    public string Method { get; set; } = "";

    /// <summary>Restart the task when the check fails (<c>check_restart</c> block).</summary>
    public CheckRestart? CheckRestart { get; set; }

    /// <summary>The gRPC service (<c>grpc_service</c>).</summary>
    public string GRPCService { get; set; } = "";

    /// <summary>Whether gRPC uses TLS (<c>grpc_use_tls</c>).</summary>
    public bool GRPCUseTLS { get; set; }

    /// <summary>The task a group script check runs in (<c>task</c>).</summary>
    public string TaskName { get; set; } = "";

    /// <summary>Consecutive passes before passing (<c>success_before_passing</c>).</summary>
    public int SuccessBeforePassing { get; set; }

    /// <summary>Consecutive failures before critical (<c>failures_before_critical</c>).</summary>
    public int FailuresBeforeCritical { get; set; }

    /// <summary>Consecutive failures before warning (<c>failures_before_warning</c>).</summary>
    public int FailuresBeforeWarning { get; set; }

    /// <summary>The HTTP request body (<c>body</c>).</summary>
    public string Body { get; set; } = "";

    /// <summary>How the check affects deployments (<c>on_update</c>).</summary>
    public string OnUpdate { get; set; } = "";
}
