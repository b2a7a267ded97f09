using CsCheck;
using Nomadic.Core.Jobs;

namespace Nomadic.Core.Tests.Validation;

/// <summary>CsCheck generators of jobs that Nomad 1.7 accepts once canonicalized.</summary>
internal static class ValidJobGen
{
    private static readonly Gen<string> Name = Gen.Char["abcdefghijklmnopqrstuvwxyz0123456789"].Array[1, 12].Select(c => "n" + new string(c));

    private static readonly Gen<Resources> ResourcesGen =
        Gen.Select(Gen.Bool, Gen.Int[1, 4000], Gen.Int[1, 16], Gen.Int[10, 8192], Gen.Int[0, 2], Gen.OneOfConst("none", "prefer", "require"))
            .Select((useCores, cpu, cores, memory, maxKind, numa) => new Resources
            {
                CPU = useCores ? null : cpu,
                Cores = useCores ? cores : null,
                MemoryMB = memory,
                MemoryMaxMB = maxKind switch { 0 => null, 1 => -1, _ => memory * 2 },
                NUMA = useCores ? new NumaResource { Affinity = numa } : null,
            });

    private static readonly Gen<WorkloadIdentity> Identity =
        Gen.Select(Gen.Int[1, 3600], Gen.Bool, Gen.Bool, Gen.OneOfConst("", "noop", "restart", "signal"))
            .Select((ttl, env, file, mode) => new WorkloadIdentity
            {
                Audience = ["aud"],
                TTL = TimeSpan.FromSeconds(ttl),
                Env = env,
                File = file,
                ChangeMode = mode,
                ChangeSignal = mode == "signal" ? "sighup" : "",
            });

    private static readonly Gen<JobTask> Task =
        Gen.Select(ResourcesGen, Identity.Array[0, 3], Gen.Int[0, 3], Gen.Bool, Gen.Bool)
            .Select((resources, identities, actions, vault, template) => new JobTask
            {
                Driver = "docker",
                Resources = resources,
                Identities = identities.Select((identity, i) => { identity.Name = $"id-{i}"; return identity; }).ToList(),
                Actions = Enumerable.Range(0, actions).Select(i => new TaskAction { Name = $"action-{i}", Command = "/bin/true" }).ToList(),
                Vault = vault ? new Vault() : null,
                Templates = template ? [new Template { EmbeddedTmpl = "{{ env \"X\" }}", DestPath = "local/x.env" }] : null,
            });

    private static Gen<TaskGroup> Group(string type) =>
        Gen.Select(Task.Array[1, 3], Gen.Int[0, 10], Gen.Bool)
            .Select((tasks, count, service) =>
            {
                for (var i = 0; i < tasks.Length; i++)
                {
                    tasks[i].Name = $"task-{i}";
                }

                return new TaskGroup
                {
                    Count = type == "system" ? Math.Min(count, 1) : count,
                    Tasks = tasks,
                    Networks = [new NetworkResource { DynamicPorts = [new Port { Label = "http" }], ReservedPorts = [new Port { Label = "admin", Value = 9000 }] }],
                    Services = service
                        ? [new Service { PortLabel = "http", Checks = [new ServiceCheck { Name = "alive", Type = "http", Path = "/", Interval = TimeSpan.FromSeconds(10), Timeout = TimeSpan.FromSeconds(2) }] }]
                        : null,
                };
            });

    public static readonly Gen<Job> Job =
        Gen.OneOfConst("service", "batch", "system", "sysbatch").SelectMany(type =>
            Gen.Select(Name, Group(type).Array[1, 3], Gen.Int[1, 100], Gen.Bool)
                .Select((id, groups, priority, datacenters) =>
                {
                    for (var i = 0; i < groups.Length; i++)
                    {
                        groups[i].Name = $"group-{i}";
                    }

                    return new Job
                    {
                        ID = id,
                        Type = type,
                        Priority = priority,
                        Datacenters = datacenters ? ["dc1", "dc2"] : null,
                        TaskGroups = groups,
                        Constraints = [new Constraint { LTarget = "${attr.kernel.name}", Operand = "=", RTarget = "linux" }],
                    };
                }));
}
