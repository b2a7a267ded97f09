namespace Nomadic.Core.Jobs;

/// <summary>A <c>service</c> block: registers the group or task in Consul or Nomad's service catalog.</summary>
public sealed class Service
{
    /// <summary>The service name (<c>name</c>; default <c>JOB-GROUP-TASK</c>).</summary>
    public string Name { get; set; } = "";

    /// <summary>Tags (<c>tags</c>).</summary>
    public IList<string>? Tags { get; set; }

    /// <summary>Tags used while the allocation is a canary (<c>canary_tags</c>).</summary>
    public IList<string>? CanaryTags { get; set; }

    /// <summary>Whether Consul may change the tags (<c>enable_tag_override</c>).</summary>
    public bool EnableTagOverride { get; set; }

    /// <summary>The port label or number advertised (<c>port</c>).</summary>
    public string PortLabel { get; set; } = "";

    /// <summary><c>alloc</c>, <c>auto</c>, <c>driver</c> or <c>host</c> (<c>address_mode</c>).</summary>
    public string AddressMode { get; set; } = "";

    /// <summary>A custom advertised address (<c>address</c>).</summary>
    public string Address { get; set; } = "";

    /// <summary>Health checks (<c>check</c> blocks).</summary>
    public IList<ServiceCheck>? Checks { get; set; }

    /// <summary>Restart behaviour for every check (<c>check_restart</c> block).</summary>
    public CheckRestart? CheckRestart { get; set; }

    /// <summary>Consul Connect service mesh settings (<c>connect</c> block).</summary>
    public ConsulConnect? Connect { get; set; }

    /// <summary>Service metadata (<c>meta</c>).</summary>
    public IDictionary<string, string>? Meta { get; set; }

    /// <summary>Metadata used while the allocation is a canary (<c>canary_meta</c>).</summary>
    public IDictionary<string, string>? CanaryMeta { get; set; }

    /// <summary>Additional addresses by name (<c>tagged_addresses</c>).</summary>
    public IDictionary<string, string>? TaggedAddresses { get; set; }

    /// <summary>The task whose network is used, for group services (<c>task</c>).</summary>
    public string TaskName { get; set; } = "";

    /// <summary><c>require_healthy</c>, <c>ignore_warnings</c> or <c>ignore</c> (<c>on_update</c>).</summary>
    public string OnUpdate { get; set; } = "";

    /// <summary>The service's workload identity (<c>identity</c> block).</summary>
    public WorkloadIdentity? Identity { get; set; }

    /// <summary><c>consul</c> or <c>nomad</c> (<c>provider</c>; default <c>consul</c>).</summary>
    public string Provider { get; set; } = "";

    /// <summary>The Consul cluster to register in (<c>cluster</c>).</summary>
    public string Cluster { get; set; } = "";
}
