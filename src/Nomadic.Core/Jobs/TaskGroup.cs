namespace Nomadic.Core.Jobs;

/// <summary>A <c>group "name" { ... }</c> block: tasks that are placed together on one node.</summary>
public sealed class TaskGroup
{
    /// <summary>The group name (the block label).</summary>
    public string? Name { get; set; }

    /// <summary>How many allocations of the group run (<c>count</c>; default 1).</summary>
    public int? Count { get; set; }

    /// <summary>Placement constraints (<c>constraint</c> blocks).</summary>
    public IList<Constraint>? Constraints { get; set; }

    /// <summary>Placement preferences (<c>affinity</c> blocks).</summary>
    public IList<Affinity>? Affinities { get; set; }

    /// <summary>The tasks (<c>task</c> blocks).</summary>
    public IList<JobTask>? Tasks { get; set; }

    /// <summary>Spreading over node attributes (<c>spread</c> blocks).</summary>
    public IList<Spread>? Spreads { get; set; }

    /// <summary>Volume requests by name (<c>volume "name"</c> blocks).</summary>
    public IDictionary<string, VolumeRequest>? Volumes { get; set; }

    /// <summary>The restart policy for the group's tasks (<c>restart</c> block).</summary>
    public RestartPolicy? RestartPolicy { get; set; }

    /// <summary>The reschedule policy (<c>reschedule</c> block).</summary>
    public ReschedulePolicy? ReschedulePolicy { get; set; }

    /// <summary>The scratch disk (<c>ephemeral_disk</c> block).</summary>
    public EphemeralDisk? EphemeralDisk { get; set; }

    /// <summary>The update strategy, overriding the job's (<c>update</c> block).</summary>
    public UpdateStrategy? Update { get; set; }

    /// <summary>The migrate strategy, overriding the job's (<c>migrate</c> block).</summary>
    public MigrateStrategy? Migrate { get; set; }

    /// <summary>The group network, with its ports (<c>network</c> blocks).</summary>
    public IList<NetworkResource>? Networks { get; set; }

    /// <summary>User metadata (<c>meta</c>).</summary>
    public IDictionary<string, string>? Meta { get; set; }

    /// <summary>Services registered for the group (<c>service</c> blocks).</summary>
    public IList<Service>? Services { get; set; }

    /// <summary>The delay between deregistering services and stopping tasks (<c>shutdown_delay</c>).</summary>
    public TimeSpan? ShutdownDelay { get; set; }

    /// <summary>Stop the allocation after the client has been disconnected this long (<c>stop_after_client_disconnect</c>).</summary>
    public TimeSpan? StopAfterClientDisconnect { get; set; }

    /// <summary>How long a disconnected client's allocations are kept as unknown (<c>max_client_disconnect</c>).</summary>
    public TimeSpan? MaxClientDisconnect { get; set; }

    /// <summary>The horizontal scaling policy (<c>scaling</c> block).</summary>
    public ScalingPolicy? Scaling { get; set; }

    /// <summary>The Consul cluster, namespace and partition (<c>consul</c> block).</summary>
    public Consul? Consul { get; set; }

    /// <summary>Whether lost allocations are not replaced (<c>prevent_reschedule_on_lost</c>).</summary>
    public bool? PreventRescheduleOnLost { get; set; }
}
