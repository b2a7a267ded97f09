using Nomadic.Core.Jobs;
using Nomadic.Identity;

namespace Nomadic.Integrations.Consul;

/// <summary>
/// The Consul workload identities Nomad 1.7 mints (<c>jobImplicitIdentitiesHook</c>): <c>consul_&lt;cluster&gt;</c> for a task,
/// <c>consul-service_[&lt;task&gt;-]&lt;service&gt;-&lt;port label&gt;</c> for a service with provider <c>consul</c>, both with
/// audience <c>consul.io</c> and a 1 hour TTL unless the job declares the identity itself (<c>nomad setup consul</c>'s server configuration).
/// </summary>
public static class ConsulWorkloadIdentity
{
    /// <summary>The recommended audience: <c>consul.io</c>.</summary>
    public const string DefaultAudience = "consul.io";

    /// <summary>The task identity name for <paramref name="cluster"/>: <c>consul_default</c> for the default cluster.</summary>
    /// <param name="cluster">The cluster; empty for <c>default</c>.</param>
    /// <returns>The identity name.</returns>
    public static string TaskIdentityName(string? cluster) => "consul_" + (string.IsNullOrEmpty(cluster) ? ConsulClientOptions.DefaultClusterName : cluster);

    /// <summary>The service identity name, as Nomad's <c>Service.MakeUniqueIdentityName</c>.</summary>
    /// <param name="service">The service.</param>
    /// <param name="taskName">The task the service belongs to; <see langword="null"/> or empty for a group service.</param>
    /// <returns>E.g. <c>consul-service_web-http</c> or <c>consul-service_server-web-http</c>.</returns>
    public static string ServiceIdentityName(Service service, string? taskName = null)
    {
        ArgumentNullException.ThrowIfNull(service);
        var owner = string.IsNullOrEmpty(taskName) ? service.TaskName : taskName;
        return string.IsNullOrEmpty(owner) ? $"consul-service_{service.Name}-{service.PortLabel}" : $"consul-service_{owner}-{service.Name}-{service.PortLabel}";
    }

    /// <summary>Whether Nomad registers <paramref name="service"/> in Consul (provider <c>consul</c>, the default).</summary>
    /// <param name="service">The service.</param>
    /// <returns>Whether it is a Consul service.</returns>
    public static bool IsConsulService(Service service) => service is not null && (string.IsNullOrEmpty(service.Provider) || service.Provider == "consul");

    /// <summary>
    /// Nomad's agent service ID (<c>MakeAllocServiceID</c>): <c>_nomad-task-&lt;alloc&gt;-&lt;task&gt;-&lt;service&gt;-&lt;port label&gt;</c>,
    /// with <c>group-&lt;group&gt;</c> as the task of a group service.
    /// </summary>
    /// <param name="allocationId">The allocation ID.</param>
    /// <param name="taskName">The task, or <c>group-&lt;group&gt;</c>.</param>
    /// <param name="service">The service.</param>
    /// <returns>The ID.</returns>
    public static string ServiceId(string allocationId, string taskName, Service service)
    {
        ArgumentNullException.ThrowIfNull(service);
        return $"_nomad-task-{allocationId}-{taskName}-{service.Name}-{service.PortLabel}";
    }

    /// <summary>The mint request of <paramref name="task"/>'s Consul identity (<c>consul_namespace</c> from the task's or group's <c>consul</c> block).</summary>
    /// <param name="job">The job.</param>
    /// <param name="group">The task group.</param>
    /// <param name="task">The task.</param>
    /// <param name="allocationId">The allocation ID.</param>
    /// <param name="cluster">The Consul cluster.</param>
    /// <returns>The request for <see cref="WorkloadIdentityIssuer.MintAsync"/>.</returns>
    public static WorkloadIdentityRequest TaskRequest(Job job, TaskGroup group, JobTask task, string allocationId, string cluster = ConsulClientOptions.DefaultClusterName)
    {
        ArgumentNullException.ThrowIfNull(task);
        var name = TaskIdentityName(cluster);
        return Request(job, group, allocationId, name, task.Identities?.FirstOrDefault(i => i.Name == name), NamespaceOf(task.Consul, group)) with { Task = task.Name };
    }

    /// <summary>The mint request of <paramref name="service"/>'s identity (<c>nomad_service</c>, no <c>nomad_task</c>).</summary>
    /// <param name="job">The job.</param>
    /// <param name="group">The task group.</param>
    /// <param name="service">The service.</param>
    /// <param name="allocationId">The allocation ID.</param>
    /// <param name="taskName">The task the service belongs to; <see langword="null"/> for a group service.</param>
    /// <returns>The request for <see cref="WorkloadIdentityIssuer.MintAsync"/>.</returns>
    public static WorkloadIdentityRequest ServiceRequest(Job job, TaskGroup group, Service service, string allocationId, string? taskName = null)
    {
        ArgumentNullException.ThrowIfNull(service);
        var task = taskName is null ? null : group?.Tasks?.FirstOrDefault(t => t.Name == taskName);
        return Request(job, group!, allocationId, ServiceIdentityName(service, taskName), service.Identity, NamespaceOf(task?.Consul, group!)) with { ServiceName = service.Name };
    }

    private static string? NamespaceOf(Core.Jobs.Consul? task, TaskGroup group) =>
        task is { Namespace.Length: > 0 } ? task.Namespace : group?.Consul is { Namespace.Length: > 0 } g ? g.Namespace : null;

    private static WorkloadIdentityRequest Request(Job job, TaskGroup group, string allocationId, string name, WorkloadIdentity? declared, string? consulNamespace)
    {
        ArgumentNullException.ThrowIfNull(job);
        ArgumentNullException.ThrowIfNull(group);
        return new WorkloadIdentityRequest
        {
            Region = string.IsNullOrEmpty(job.Region) ? "global" : job.Region,
            Namespace = string.IsNullOrEmpty(job.Namespace) ? "default" : job.Namespace,
            JobId = job.ID ?? throw new ArgumentException("The job has no ID.", nameof(job)),
            ParentJobId = string.IsNullOrEmpty(job.ParentID) ? null : job.ParentID,
            Group = group.Name ?? "",
            IdentityName = name,
            Audience = declared?.Audience is { Count: > 0 } aud ? aud.ToArray() : [DefaultAudience],
            Ttl = declared?.TTL is { } ttl && ttl > TimeSpan.Zero ? ttl : TimeSpan.FromHours(1),
            AllocationId = allocationId,
            ConsulNamespace = consulNamespace,
        };
    }
}
