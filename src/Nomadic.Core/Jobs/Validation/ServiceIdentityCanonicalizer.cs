namespace Nomadic.Core.Jobs.Validation;

/// <summary>
/// The service half of <c>jobImplicitIdentitiesHook</c> (nomad/job_endpoint_hook_implicit_identities.go): every Consul
/// service's identity, its own or the server's <c>consul.service_identity</c>, is named after the service
/// (<c>Service.MakeUniqueIdentityName</c>) and carries the service name. Runs after the service names are defaulted.
/// </summary>
internal static class ServiceIdentityCanonicalizer
{
    private const string ConsulPrefix = "consul-service";

    public static void Apply(TaskGroup group, JobCanonicalizerOptions options)
    {
        foreach (var service in group.Services ?? [])
        {
            Apply(service, options);
        }

        foreach (var task in group.Tasks ?? [])
        {
            foreach (var service in task?.Services ?? [])
            {
                Apply(service, options);
            }
        }
    }

    private static void Apply(Service? service, JobCanonicalizerOptions options)
    {
        if (service is null || service.Provider is not (null or "" or "consul"))
        {
            return;
        }

        var identity = service.Identity ?? Copy(options.ConsulServiceIdentity);
        if (identity is null)
        {
            return;
        }

        identity.Name = UniqueName(service);
        identity.ServiceName = service.Name ?? "";
        service.Identity = identity;
    }

    /// <summary><c>consul-service_[task-]service-port</c>, as Nomad names a service's identity.</summary>
    public static string UniqueName(Service service) =>
        string.IsNullOrEmpty(service.TaskName)
            ? $"{ConsulPrefix}_{service.Name}-{service.PortLabel}"
            : $"{ConsulPrefix}_{service.TaskName}-{service.Name}-{service.PortLabel}";

    private static WorkloadIdentity? Copy(WorkloadIdentity? template) => template is null ? null : new WorkloadIdentity
    {
        Audience = template.Audience is null ? null : [.. template.Audience],
        ChangeMode = template.ChangeMode,
        ChangeSignal = (template.ChangeSignal ?? "").ToUpperInvariant(),
        Env = template.Env,
        File = template.File,
        TTL = template.TTL,
    };
}
