using Nomadic.Core.Jobs;
using Nomadic.Hcl;

namespace Nomadic.Core.Jobspec.Decoding;

/// <summary>The <c>task</c> block.</summary>
internal sealed partial class JobDecoder
{
    private static readonly string[] TaskAttributes =
    [
        "driver", "user", "kill_timeout", "leader", "shutdown_delay", "kill_signal", "kind", "env", "meta",
    ];

    private static readonly BlockHeaderSchema[] TaskBlocks =
    [
        B("lifecycle"), B("config"), B("constraint"), B("affinity"), B("env"), B("service"), B("resources"), B("restart"),
        B("meta"), B("logs"), B("artifact"), B("vault"), B("consul"), B("template"), B("dispatch_payload"), B("volume_mount"),
        B("csi_plugin"), B("scaling", "name"), B("identity"), B("action", "name"),
    ];

    private JobTask Task(HclBlock block, string path)
    {
        _context.SourceMap.Add(path, block);
        var r = _context.Read(block.Body, path, TaskAttributes, TaskBlocks);
        var task = new JobTask
        {
            Name = block.Labels[0],
            Driver = r.String("driver", "Driver") ?? string.Empty,
            User = r.String("user", "User") ?? string.Empty,
            KillTimeout = r.Duration("kill_timeout", "KillTimeout"),
            Leader = r.Bool("leader", "Leader") ?? false,
            ShutdownDelay = r.Duration("shutdown_delay", "ShutdownDelay") ?? TimeSpan.Zero,
            KillSignal = r.String("kill_signal", "KillSignal") ?? string.Empty,
            Kind = r.String("kind", "Kind") ?? string.Empty,
            Env = r.BlockOrAttributeMap("env", "Env"),
            Meta = r.BlockOrAttributeMap("meta", "Meta"),
        };
        task.Lifecycle = Optional(r, "lifecycle", "Lifecycle", Lifecycle);
        task.Config = Optional(r, "config", "Config", (b, p) => BodyReader.Schemaless(_context, b, p));
        task.Constraints = Constraints(r, "Constraints");
        task.Affinities = Affinities(r, "Affinities");
        task.Services = Many(r, "service", "Services", Service);
        task.Resources = Optional(r, "resources", "Resources", Resources);
        task.RestartPolicy = Optional(r, "restart", "RestartPolicy", Restart);
        task.LogConfig = Optional(r, "logs", "LogConfig", Logs);
        task.Artifacts = Many(r, "artifact", "Artifacts", Artifact);
        task.Vault = Optional(r, "vault", "Vault", Vault);
        task.Consul = Optional(r, "consul", "Consul", Consul);
        task.Templates = Many(r, "template", "Templates", Template);
        task.DispatchPayload = Optional(r, "dispatch_payload", "DispatchPayload", (b, p) =>
            new DispatchPayloadConfig { File = _context.Read(b.Body, p, ["file"]).String("file", "File") ?? string.Empty });
        task.VolumeMounts = Many(r, "volume_mount", "VolumeMounts", VolumeMount);
        task.CSIPluginConfig = Optional(r, "csi_plugin", "CSIPluginConfig", CsiPlugin);
        task.ScalingPolicies = TaskScaling(r);
        task.Actions = Many(r, "action", "Actions", Action);
        Identities(r, task);
        return task;
    }

    private TaskLifecycle Lifecycle(HclBlock block, string path)
    {
        var r = _context.Read(block.Body, path, ["hook", "sidecar"]);
        if (!r.Has("hook"))
        {
            _context.Diagnostics.Error(r.MissingItemRange, "Missing required argument", "The argument \"hook\" is required in a lifecycle block: one of \"prestart\", \"poststart\" or \"poststop\".");
        }

        return new TaskLifecycle { Hook = r.String("hook", "Hook") ?? string.Empty, Sidecar = r.Bool("sidecar", "Sidecar") ?? false };
    }

    private LogConfig Logs(HclBlock block, string path)
    {
        var r = _context.Read(block.Body, path, ["max_files", "max_file_size", "enabled", "disabled"]);
        return new LogConfig
        {
            MaxFiles = r.Int("max_files", "MaxFiles"),
            MaxFileSizeMB = r.Int("max_file_size", "MaxFileSizeMB"),
            Enabled = r.Bool("enabled", "Enabled"),
            Disabled = r.Bool("disabled", "Disabled"),
        };
    }

    private TaskArtifact Artifact(HclBlock block, string path)
    {
        var r = _context.Read(block.Body, path, ["source", "mode", "destination", "options", "headers"], B("options"), B("headers"));
        return new TaskArtifact
        {
            GetterSource = r.String("source", "GetterSource"),
            GetterMode = r.String("mode", "GetterMode"),
            RelativeDest = r.String("destination", "RelativeDest"),
            GetterOptions = r.BlockOrAttributeMap("options", "GetterOptions"),
            GetterHeaders = r.BlockOrAttributeMap("headers", "GetterHeaders"),
        };
    }

    private VolumeMount VolumeMount(HclBlock block, string path)
    {
        var r = _context.Read(block.Body, path, ["volume", "destination", "read_only", "propagation_mode"]);
        return new VolumeMount
        {
            Volume = r.String("volume", "Volume"),
            Destination = r.String("destination", "Destination"),
            ReadOnly = r.Bool("read_only", "ReadOnly"),
            PropagationMode = r.String("propagation_mode", "PropagationMode"),
        };
    }

    private TaskCSIPluginConfig CsiPlugin(HclBlock block, string path)
    {
        var r = _context.Read(block.Body, path, ["id", "type", "mount_dir", "stage_publish_base_dir", "health_timeout"]);
        return new TaskCSIPluginConfig
        {
            ID = r.String("id", "ID") ?? string.Empty,
            Type = r.String("type", "Type") ?? string.Empty,
            MountDir = r.String("mount_dir", "MountDir") ?? string.Empty,
            StagePublishBaseDir = r.String("stage_publish_base_dir", "StagePublishBaseDir") ?? string.Empty,
            HealthTimeout = r.Duration("health_timeout", "HealthTimeout") ?? TimeSpan.Zero,
        };
    }

    private TaskAction Action(HclBlock block, string path)
    {
        var r = _context.Read(block.Body, path, ["command", "args"]);
        if (!r.Has("command"))
        {
            _context.Diagnostics.Error(r.MissingItemRange, "Missing required argument", $"The argument \"command\" is required in action \"{block.Labels[0]}\": the program to run.");
        }

        return new TaskAction { Name = block.Labels[0], Command = r.String("command", "Command") ?? string.Empty, Args = r.StringList("args", "Args") };
    }

    private void Identities(BodyReader r, JobTask task)
    {
        var identities = Many(r, "identity", "Identities", Identity);
        if (identities is null)
        {
            return;
        }

        var index = identities.FindIndex(i => i.Name.Length == 0 || i.Name == "default");
        if (index >= 0)
        {
            task.Identity = identities[index];
            identities.RemoveAt(index);
            _context.SourceMap.Add(r.PathOf("Identity"), r.Blocks("identity")[index]);
        }

        task.Identities = identities;
    }

    private WorkloadIdentity Identity(HclBlock block, string path)
    {
        var r = _context.Read(block.Body, path, ["name", "aud", "env", "file", "service_name", "ttl", "change_mode", "change_signal"]);
        return new WorkloadIdentity
        {
            Name = r.String("name", "Name") ?? string.Empty,
            Audience = r.StringList("aud", "Audience"),
            Env = r.Bool("env", "Env") ?? false,
            File = r.Bool("file", "File") ?? false,
            ServiceName = r.String("service_name", "ServiceName") ?? string.Empty,
            TTL = r.Duration("ttl", "TTL") ?? TimeSpan.Zero,
            ChangeMode = r.String("change_mode", "ChangeMode") ?? string.Empty,
            ChangeSignal = r.String("change_signal", "ChangeSignal") ?? string.Empty,
        };
    }
}
