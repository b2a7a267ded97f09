using Nomadic.Core.Jobs;
using Nomadic.Hcl;

namespace Nomadic.Core.Jobspec.Decoding;

/// <summary>update, migrate, reschedule, restart, periodic, parameterized, multiregion, ephemeral_disk, ui.</summary>
internal sealed partial class JobDecoder
{
    private UpdateStrategy Update(HclBlock block, string path)
    {
        var r = _context.Read(block.Body, path, ["stagger", "max_parallel", "health_check", "min_healthy_time", "healthy_deadline", "progress_deadline", "canary", "auto_revert", "auto_promote"]);
        return new UpdateStrategy
        {
            Stagger = r.Duration("stagger", "Stagger"),
            MaxParallel = r.Int("max_parallel", "MaxParallel"),
            HealthCheck = r.String("health_check", "HealthCheck"),
            MinHealthyTime = r.Duration("min_healthy_time", "MinHealthyTime"),
            HealthyDeadline = r.Duration("healthy_deadline", "HealthyDeadline"),
            ProgressDeadline = r.Duration("progress_deadline", "ProgressDeadline"),
            Canary = r.Int("canary", "Canary"),
            AutoRevert = r.Bool("auto_revert", "AutoRevert"),
            AutoPromote = r.Bool("auto_promote", "AutoPromote"),
        };
    }

    private MigrateStrategy Migrate(HclBlock block, string path)
    {
        var r = _context.Read(block.Body, path, ["max_parallel", "health_check", "min_healthy_time", "healthy_deadline"]);
        return new MigrateStrategy
        {
            MaxParallel = r.Int("max_parallel", "MaxParallel"),
            HealthCheck = r.String("health_check", "HealthCheck"),
            MinHealthyTime = r.Duration("min_healthy_time", "MinHealthyTime"),
            HealthyDeadline = r.Duration("healthy_deadline", "HealthyDeadline"),
        };
    }

    private ReschedulePolicy Reschedule(HclBlock block, string path)
    {
        var r = _context.Read(block.Body, path, ["attempts", "interval", "delay", "delay_function", "max_delay", "unlimited"]);
        return new ReschedulePolicy
        {
            Attempts = r.Int("attempts", "Attempts"),
            Interval = r.Duration("interval", "Interval"),
            Delay = r.Duration("delay", "Delay"),
            DelayFunction = r.String("delay_function", "DelayFunction"),
            MaxDelay = r.Duration("max_delay", "MaxDelay"),
            Unlimited = r.Bool("unlimited", "Unlimited"),
        };
    }

    private RestartPolicy Restart(HclBlock block, string path)
    {
        var r = _context.Read(block.Body, path, ["interval", "attempts", "delay", "mode", "render_templates"]);
        return new RestartPolicy
        {
            Interval = r.Duration("interval", "Interval"),
            Attempts = r.Int("attempts", "Attempts"),
            Delay = r.Duration("delay", "Delay"),
            Mode = r.String("mode", "Mode"),
            RenderTemplates = r.Bool("render_templates", "RenderTemplates"),
        };
    }

    private PeriodicConfig Periodic(HclBlock block, string path)
    {
        var r = _context.Read(block.Body, path, ["enabled", "cron", "crons", "prohibit_overlap", "time_zone"]);
        var periodic = new PeriodicConfig
        {
            Enabled = r.Bool("enabled", "Enabled"),
            Spec = r.String("cron", "Spec"),
            Specs = r.StringList("crons", "Specs"),
            ProhibitOverlap = r.Bool("prohibit_overlap", "ProhibitOverlap"),
            TimeZone = r.String("time_zone", "TimeZone"),
        };
        if (periodic.Spec is not null || periodic.Specs is not null)
        {
            periodic.SpecType = "cron";
        }

        return periodic;
    }

    private ParameterizedJobConfig Parameterized(HclBlock block, string path)
    {
        var r = _context.Read(block.Body, path, ["payload", "meta_required", "meta_optional"]);
        return new ParameterizedJobConfig
        {
            Payload = r.String("payload", "Payload") ?? string.Empty,
            MetaRequired = r.StringList("meta_required", "MetaRequired"),
            MetaOptional = r.StringList("meta_optional", "MetaOptional"),
        };
    }

    private Multiregion Multiregion(HclBlock block, string path)
    {
        var r = _context.Read(block.Body, path, [], B("strategy"), B("region", "name"));
        var multiregion = new Multiregion();
        multiregion.Strategy = Optional(r, "strategy", "Strategy", (b, p) =>
        {
            var s = _context.Read(b.Body, p, ["max_parallel", "on_failure"]);
            return new MultiregionStrategy { MaxParallel = s.Int("max_parallel", "MaxParallel"), OnFailure = s.String("on_failure", "OnFailure") };
        });
        multiregion.Regions = Many(r, "region", "Regions", (b, p) =>
        {
            var g = _context.Read(b.Body, p, ["count", "datacenters", "node_pool", "meta"], B("meta"));
            return new MultiregionRegion
            {
                Name = b.Labels[0],
                Count = g.Int("count", "Count"),
                Datacenters = g.StringList("datacenters", "Datacenters"),
                NodePool = g.String("node_pool", "NodePool") ?? string.Empty,
                Meta = g.BlockOrAttributeMap("meta", "Meta"),
            };
        });
        return multiregion;
    }

    private EphemeralDisk EphemeralDisk(HclBlock block, string path)
    {
        var r = _context.Read(block.Body, path, ["sticky", "migrate", "size"]);
        return new EphemeralDisk { Sticky = r.Bool("sticky", "Sticky"), Migrate = r.Bool("migrate", "Migrate"), SizeMB = r.Int("size", "SizeMB") };
    }

    private JobUIConfig UserInterface(HclBlock block, string path)
    {
        var r = _context.Read(block.Body, path, ["description"], B("link"));
        return new JobUIConfig
        {
            Description = r.String("description", "Description") ?? string.Empty,
            Links = Many(r, "link", "Links", (b, p) =>
            {
                var l = _context.Read(b.Body, p, ["label", "url"]);
                return new JobUILink { Label = l.String("label", "Label") ?? string.Empty, URL = l.String("url", "URL") ?? string.Empty };
            }),
        };
    }
}
