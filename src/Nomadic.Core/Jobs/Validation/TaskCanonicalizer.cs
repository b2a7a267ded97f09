namespace Nomadic.Core.Jobs.Validation;

/// <summary>Task defaults: resources, kill timeout, logs, artifacts, vault, templates, services, volume mounts, restart policy, identities.</summary>
internal static class TaskCanonicalizer
{
    public static void Canonicalize(JobTask task, TaskGroup group, Job job, JobCanonicalizerOptions options)
    {
        CanonicalizeResources(task.Resources ??= new Resources());
        task.KillTimeout ??= JobDefaults.KillTimeout;

        var logs = task.LogConfig ??= new LogConfig();
        logs.MaxFiles ??= JobDefaults.LogMaxFiles;
        logs.MaxFileSizeMB ??= JobDefaults.LogMaxFileSizeMB;
        logs.Disabled ??= false;

        foreach (var artifact in task.Artifacts ?? [])
        {
            if (artifact is not null)
            {
                CanonicalizeArtifact(artifact);
            }
        }

        if (task.Vault is { } vault)
        {
            CanonicalizeVault(vault);
        }

        if (task.Consul is { } consul && string.IsNullOrEmpty(consul.Cluster))
        {
            consul.Cluster = JobDefaults.Cluster;
        }

        foreach (var template in task.Templates ?? [])
        {
            if (template is not null)
            {
                TemplateCanonicalizer.Canonicalize(template);
            }
        }

        foreach (var service in task.Services ?? [])
        {
            if (service is not null)
            {
                ServiceCanonicalizer.Canonicalize(service, task, group, job);
            }
        }

        PlacementCanonicalizer.Canonicalize(task.Affinities);
        foreach (var mount in task.VolumeMounts ?? [])
        {
            if (mount is not null)
            {
                mount.PropagationMode ??= "private";
                mount.ReadOnly ??= false;
            }
        }

        if (task.Lifecycle is { Hook.Length: 0 })
        {
            task.Lifecycle = null;
        }

        task.RestartPolicy = PolicyMerge.Overlay(group.RestartPolicy, task.RestartPolicy);
        if (task.Meta is { Count: 0 })
        {
            task.Meta = null;
        }

        if (task.Env is { Count: 0 })
        {
            task.Env = null;
        }

        if (task.Config is { Count: 0 })
        {
            task.Config = null;
        }

        IdentityCanonicalizer.Canonicalize(task, group, options);
    }

    private static void CanonicalizeResources(Resources resources)
    {
        if (resources.Cores is null)
        {
            resources.Cores = 0;
            resources.CPU ??= JobDefaults.CpuMhz;
        }

        resources.CPU ??= 0;
        resources.MemoryMB ??= JobDefaults.MemoryMB;
        if (resources.NUMA is { Affinity.Length: 0 } numa)
        {
            numa.Affinity = "none";
        }

        foreach (var device in resources.Devices ?? [])
        {
            if (device is not null)
            {
                device.Count ??= 1;
                PlacementCanonicalizer.Canonicalize(device.Affinities);
            }
        }
    }

    private static void CanonicalizeArtifact(TaskArtifact artifact)
    {
        artifact.GetterMode ??= "any";
        artifact.GetterSource ??= "";
        if (artifact.GetterOptions is { Count: 0 })
        {
            artifact.GetterOptions = null;
        }

        if (artifact.GetterHeaders is { Count: 0 })
        {
            artifact.GetterHeaders = null;
        }

        if (artifact.RelativeDest is null)
        {
            if (artifact.GetterMode == "file")
            {
                var source = artifact.GetterSource.TrimEnd('/');
                var slash = source.LastIndexOf('/');
                var name = slash >= 0 ? source[(slash + 1)..] : source;
                artifact.RelativeDest = "local/" + (string.IsNullOrEmpty(name) ? "." : name);
            }
            else
            {
                artifact.RelativeDest = "local/";
            }
        }
    }

    private static void CanonicalizeVault(Vault vault)
    {
        vault.Env ??= true;
        vault.DisableFile ??= false;
        vault.Namespace ??= "";
        if (string.IsNullOrEmpty(vault.Cluster))
        {
            vault.Cluster = JobDefaults.Cluster;
        }

        vault.ChangeMode ??= "restart";
        vault.ChangeSignal ??= "SIGHUP";
        vault.AllowTokenExpiration ??= false;
    }
}
