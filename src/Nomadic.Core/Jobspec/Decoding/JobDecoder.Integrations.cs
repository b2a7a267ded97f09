using Nomadic.Core.Jobs;
using Nomadic.Hcl;

namespace Nomadic.Core.Jobspec.Decoding;

/// <summary>vault, consul, template and scaling blocks.</summary>
internal sealed partial class JobDecoder
{
    private Vault Vault(HclBlock block, string path)
    {
        var r = _context.Read(block.Body, path, ["policies", "role", "namespace", "cluster", "env", "disable_file", "change_mode", "change_signal", "allow_token_expiration"]);
        return new Vault
        {
            Policies = r.StringList("policies", "Policies"),
            Role = r.String("role", "Role") ?? string.Empty,
            Namespace = r.String("namespace", "Namespace"),
            Cluster = r.String("cluster", "Cluster") ?? string.Empty,
            Env = r.Bool("env", "Env") ?? true,
            DisableFile = r.Bool("disable_file", "DisableFile") ?? false,
            ChangeMode = r.String("change_mode", "ChangeMode") ?? "restart",
            ChangeSignal = r.String("change_signal", "ChangeSignal"),
            AllowTokenExpiration = r.Bool("allow_token_expiration", "AllowTokenExpiration"),
        };
    }

    private Consul Consul(HclBlock block, string path)
    {
        var r = _context.Read(block.Body, path, ["namespace", "cluster", "partition"]);
        return new Consul
        {
            Namespace = r.String("namespace", "Namespace") ?? string.Empty,
            Cluster = r.String("cluster", "Cluster") ?? string.Empty,
            Partition = r.String("partition", "Partition") ?? string.Empty,
        };
    }

    private Template Template(HclBlock block, string path)
    {
        var r = _context.Read(
            block.Body,
            path,
            ["source", "destination", "data", "change_mode", "change_signal", "splay", "perms", "uid", "gid", "left_delimiter", "right_delimiter", "env", "vault_grace", "error_on_missing_key"],
            B("change_script"),
            B("wait"));
        var template = new Template
        {
            SourcePath = r.String("source", "SourcePath"),
            DestPath = r.String("destination", "DestPath"),
            EmbeddedTmpl = r.String("data", "EmbeddedTmpl"),
            ChangeMode = r.String("change_mode", "ChangeMode") ?? "restart",
            ChangeSignal = r.String("change_signal", "ChangeSignal"),
            Splay = r.Duration("splay", "Splay") ?? TimeSpan.FromSeconds(5),
            Perms = r.String("perms", "Perms") ?? "0644",
            Uid = r.Int("uid", "Uid"),
            Gid = r.Int("gid", "Gid"),
            LeftDelim = r.String("left_delimiter", "LeftDelim"),
            RightDelim = r.String("right_delimiter", "RightDelim"),
            Envvars = r.Bool("env", "Envvars"),
            VaultGrace = r.Duration("vault_grace", "VaultGrace"),
            ErrMissingKey = r.Bool("error_on_missing_key", "ErrMissingKey") ?? false,
        };
        template.ChangeScript = Optional(r, "change_script", "ChangeScript", (b, p) =>
        {
            var c = _context.Read(b.Body, p, ["command", "args", "timeout", "fail_on_error"]);
            return new ChangeScript
            {
                Command = c.String("command", "Command"),
                Args = c.StringList("args", "Args") ?? [],
                Timeout = c.Duration("timeout", "Timeout") ?? TimeSpan.FromSeconds(5),
                FailOnError = c.Bool("fail_on_error", "FailOnError") ?? false,
            };
        });
        template.Wait = Optional(r, "wait", "Wait", (b, p) =>
        {
            var w = _context.Read(b.Body, p, ["min", "max"]);
            return new WaitConfig { Min = w.Duration("min", "Min"), Max = w.Duration("max", "Max") };
        });
        return template;
    }

    private ScalingPolicy GroupScaling(HclBlock block, string path)
    {
        var policy = ScalingPolicy(block, path);
        if (policy.Type.Length == 0)
        {
            policy.Type = "horizontal";
        }

        if (policy.Type != "horizontal")
        {
            _context.Diagnostics.Error(block.DefinitionRange, "Invalid group scaling type", $"A group scaling policy has type \"horizontal\" (or none), not \"{policy.Type}\".");
        }

        if (policy.Max is null)
        {
            _context.Diagnostics.Error(block.DefinitionRange, "Missing required argument", "The argument \"max\" is required in a group scaling block: the largest count the autoscaler may set.");
        }

        return policy;
    }

    private List<ScalingPolicy>? TaskScaling(BodyReader r)
    {
        var blocks = r.Blocks("scaling");
        if (blocks.Count == 0)
        {
            return null;
        }

        var result = new List<ScalingPolicy>();
        var seen = new Dictionary<string, HclBlock>(StringComparer.Ordinal);
        foreach (var block in blocks)
        {
            var label = block.Labels[0].ToLowerInvariant();
            var type = label switch { "cpu" => "vertical_cpu", "mem" => "vertical_mem", _ => null };
            if (type is null)
            {
                _context.Diagnostics.Error(block.LabelRanges[0], "Invalid scaling policy name", $"A task scaling policy is named \"cpu\" or \"mem\", not \"{block.Labels[0]}\".");
                continue;
            }

            if (seen.TryGetValue(label, out var previous))
            {
                _context.Diagnostics.Error(block.DefinitionRange, $"Duplicate scaling \"{label}\" block", $"Only one scaling {label} block is allowed; another was defined at {previous.DefinitionRange}.");
                continue;
            }

            seen[label] = block;
            var path = r.PathOf($"ScalingPolicies[{result.Count}]");
            _context.SourceMap.Add(path, block);
            var policy = ScalingPolicy(block, path);
            if (policy.Type.Length == 0)
            {
                policy.Type = type;
            }
            else if (policy.Type != type)
            {
                _context.Diagnostics.Error(block.DefinitionRange, "Invalid scaling policy type", $"Invalid policy type, expected \"{type}\" but found \"{policy.Type}\".");
                continue;
            }

            result.Add(policy);
        }

        return result;
    }

    private ScalingPolicy ScalingPolicy(HclBlock block, string path)
    {
        var r = _context.Read(block.Body, path, ["min", "max", "enabled", "type"], B("policy"));
        var policy = new ScalingPolicy
        {
            Min = r.Long("min", "Min"),
            Max = r.Long("max", "Max"),
            Enabled = r.Bool("enabled", "Enabled"),
            Type = r.String("type", "Type") ?? string.Empty,
        };
        policy.Policy = Optional(r, "policy", "Policy", (b, p) => BodyReader.Schemaless(_context, b, p));
        return policy;
    }
}
