using Nomadic.Core.Jobs;
using Nomadic.Hcl;

namespace Nomadic.Core.Jobspec.Decoding;

/// <summary>The <c>group</c> block.</summary>
internal sealed partial class JobDecoder
{
    private static readonly string[] GroupAttributes =
    [
        "count", "shutdown_delay", "stop_after_client_disconnect", "max_client_disconnect", "prevent_reschedule_on_lost", "meta",
    ];

    private static readonly BlockHeaderSchema[] GroupBlocks =
    [
        B("constraint"), B("affinity"), B("task", "name"), B("spread"), B("volume", "name"), B("restart"), B("reschedule"),
        B("ephemeral_disk"), B("update"), B("migrate"), B("network"), B("meta"), B("service"), B("scaling"), B("consul"), B("vault"),
    ];

    private TaskGroup Group(HclBlock block, string path)
    {
        _context.SourceMap.Add(path, block);
        var r = _context.Read(block.Body, path, GroupAttributes, GroupBlocks);
        var group = new TaskGroup
        {
            Name = block.Labels[0],
            Count = r.Int("count", "Count"),
            ShutdownDelay = r.Duration("shutdown_delay", "ShutdownDelay"),
            StopAfterClientDisconnect = r.Duration("stop_after_client_disconnect", "StopAfterClientDisconnect"),
            MaxClientDisconnect = r.Duration("max_client_disconnect", "MaxClientDisconnect"),
            PreventRescheduleOnLost = r.Bool("prevent_reschedule_on_lost", "PreventRescheduleOnLost"),
            Meta = r.BlockOrAttributeMap("meta", "Meta"),
        };
        group.Constraints = Constraints(r, "Constraints");
        group.Affinities = Affinities(r, "Affinities");
        group.Spreads = Spreads(r, "Spreads");
        group.Tasks = Many(r, "task", "Tasks", Task) ?? [];
        group.Volumes = Volumes(r);
        group.RestartPolicy = Optional(r, "restart", "RestartPolicy", Restart);
        group.ReschedulePolicy = Optional(r, "reschedule", "ReschedulePolicy", Reschedule);
        group.EphemeralDisk = Optional(r, "ephemeral_disk", "EphemeralDisk", EphemeralDisk);
        group.Update = Optional(r, "update", "Update", Update);
        group.Migrate = Optional(r, "migrate", "Migrate", Migrate);
        group.Networks = Many(r, "network", "Networks", Network);
        group.Services = Many(r, "service", "Services", Service);
        group.Scaling = Optional(r, "scaling", "Scaling", GroupScaling);
        group.Consul = Optional(r, "consul", "Consul", Consul);
        InheritVault(group.Tasks, Optional(r, "vault", "Vault", Vault));
        return group;
    }

    private Dictionary<string, VolumeRequest>? Volumes(BodyReader r)
    {
        var blocks = r.Blocks("volume");
        if (blocks.Count == 0)
        {
            return null;
        }

        var result = new Dictionary<string, VolumeRequest>(StringComparer.Ordinal);
        foreach (var block in blocks)
        {
            var name = block.Labels[0];
            var path = r.PathOf($"Volumes[{name}]");
            if (result.ContainsKey(name))
            {
                _context.Diagnostics.Error(block.DefinitionRange, "Duplicate volume block", $"A volume named \"{name}\" is already defined in this group; volume names must be unique.");
                continue;
            }

            _context.SourceMap.Add(path, block);
            var v = _context.Read(block.Body, path, ["type", "source", "read_only", "access_mode", "attachment_mode", "per_alloc"], B("mount_options"));
            var volume = new VolumeRequest
            {
                Name = name,
                Type = v.String("type", "Type") ?? string.Empty,
                Source = v.String("source", "Source") ?? string.Empty,
                ReadOnly = v.Bool("read_only", "ReadOnly") ?? false,
                AccessMode = v.String("access_mode", "AccessMode") ?? string.Empty,
                AttachmentMode = v.String("attachment_mode", "AttachmentMode") ?? string.Empty,
                PerAlloc = v.Bool("per_alloc", "PerAlloc") ?? false,
            };
            volume.MountOptions = Optional(v, "mount_options", "MountOptions", (b, p) =>
            {
                var m = _context.Read(b.Body, p, ["fs_type", "mount_flags"]);
                return new CSIMountOptions { FSType = m.String("fs_type", "FSType") ?? string.Empty, MountFlags = m.StringList("mount_flags", "MountFlags") };
            });
            result[name] = volume;
        }

        return result;
    }
}
