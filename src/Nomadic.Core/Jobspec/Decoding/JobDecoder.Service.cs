using Nomadic.Core.Jobs;
using Nomadic.Hcl;

namespace Nomadic.Core.Jobspec.Decoding;

/// <summary>service, check and check_restart blocks.</summary>
internal sealed partial class JobDecoder
{
    private static readonly string[] ServiceAttributes =
    [
        "name", "tags", "canary_tags", "enable_tag_override", "port", "address_mode", "address", "task", "on_update", "provider", "cluster",
        "meta", "canary_meta", "tagged_addresses",
    ];

    private static readonly string[] CheckAttributes =
    [
        "name", "type", "command", "args", "path", "protocol", "port", "expose", "address_mode", "advertise", "interval", "timeout",
        "initial_status", "tls_server_name", "tls_skip_verify", "method", "grpc_service", "grpc_use_tls", "task",
        "success_before_passing", "failures_before_critical", "failures_before_warning", "body", "on_update", "header",
    ];

    private Service Service(HclBlock block, string path)
    {
        var r = _context.Read(block.Body, path, ServiceAttributes, B("check"), B("check_restart"), B("connect"), B("meta"), B("canary_meta"), B("tagged_addresses"), B("identity"));
        var service = new Service
        {
            Name = r.String("name", "Name") ?? string.Empty,
            Tags = r.StringList("tags", "Tags"),
            CanaryTags = r.StringList("canary_tags", "CanaryTags"),
            EnableTagOverride = r.Bool("enable_tag_override", "EnableTagOverride") ?? false,
            PortLabel = r.String("port", "PortLabel") ?? string.Empty,
            AddressMode = r.String("address_mode", "AddressMode") ?? string.Empty,
            Address = r.String("address", "Address") ?? string.Empty,
            TaskName = r.String("task", "TaskName") ?? string.Empty,
            OnUpdate = r.String("on_update", "OnUpdate") ?? string.Empty,
            Provider = r.String("provider", "Provider") ?? string.Empty,
            Cluster = r.String("cluster", "Cluster") ?? string.Empty,
            Meta = r.BlockOrAttributeMap("meta", "Meta"),
            CanaryMeta = r.BlockOrAttributeMap("canary_meta", "CanaryMeta"),
            TaggedAddresses = r.BlockOrAttributeMap("tagged_addresses", "TaggedAddresses"),
        };
        service.Checks = Many(r, "check", "Checks", Check);
        service.CheckRestart = Optional(r, "check_restart", "CheckRestart", CheckRestart);
        service.Connect = Optional(r, "connect", "Connect", Connect);
        service.Identity = Optional(r, "identity", "Identity", Identity);
        return service;
    }

    private ServiceCheck Check(HclBlock block, string path)
    {
        var r = _context.Read(block.Body, path, CheckAttributes, B("header"), B("check_restart"));
        var check = new ServiceCheck
        {
            Name = r.String("name", "Name") ?? string.Empty,
            Type = r.String("type", "Type") ?? string.Empty,
            Command = r.String("command", "Command") ?? string.Empty,
            Args = r.StringList("args", "Args"),
            Path = r.String("path", "Path") ?? string.Empty,
            Protocol = r.String("protocol", "Protocol") ?? string.Empty,
            PortLabel = r.String("port", "PortLabel") ?? string.Empty,
            Expose = r.Bool("expose", "Expose") ?? false,
            AddressMode = r.String("address_mode", "AddressMode") ?? string.Empty,
            Advertise = r.String("advertise", "Advertise") ?? string.Empty,
            Interval = r.Duration("interval", "Interval") ?? TimeSpan.Zero,
            Timeout = r.Duration("timeout", "Timeout") ?? TimeSpan.Zero,
            InitialStatus = r.String("initial_status", "InitialStatus") ?? string.Empty,
            TLSServerName = r.String("tls_server_name", "TLSServerName") ?? string.Empty,
            TLSSkipVerify = r.Bool("tls_skip_verify", "TLSSkipVerify") ?? false,
            Method = r.String("method", "Method") ?? string.Empty,
            GRPCService = r.String("grpc_service", "GRPCService") ?? string.Empty,
            GRPCUseTLS = r.Bool("grpc_use_tls", "GRPCUseTLS") ?? false,
            TaskName = r.String("task", "TaskName") ?? string.Empty,
            SuccessBeforePassing = r.Int("success_before_passing", "SuccessBeforePassing") ?? 0,
            FailuresBeforeCritical = r.Int("failures_before_critical", "FailuresBeforeCritical") ?? 0,
            FailuresBeforeWarning = r.Int("failures_before_warning", "FailuresBeforeWarning") ?? 0,
            Body = r.String("body", "Body") ?? string.Empty,
            OnUpdate = r.String("on_update", "OnUpdate") ?? string.Empty,
        };
        check.Header = Header(r);
        check.CheckRestart = Optional(r, "check_restart", "CheckRestart", CheckRestart);
        return check;
    }

    private Dictionary<string, IList<string>>? Header(BodyReader r)
    {
        var attribute = r.Value("header", "Header", Nomadic.Hcl.Values.HclType.Map(Nomadic.Hcl.Values.HclType.List(Nomadic.Hcl.Values.HclType.String)));
        var block = r.Single("header");
        if (attribute is null && block is null)
        {
            return null;
        }

        var result = new Dictionary<string, IList<string>>(StringComparer.Ordinal);
        if (attribute is { } value)
        {
            foreach (var (key, item) in value.Attributes)
            {
                result[key] = item.Elements.Select(e => e.AsString()).ToList();
            }
        }

        if (block is not null)
        {
            _context.SourceMap.Add(r.PathOf("Header"), block);
            var type = Nomadic.Hcl.Values.HclType.List(Nomadic.Hcl.Values.HclType.String);
            foreach (var (key, item) in block.Body.JustAttributes(_context.Diagnostics))
            {
                var v = item.Expression.Evaluate(_context.EvalContext, _context.Diagnostics);
                if (!v.IsNull && ValueConversion.TryConvert(v, type, key, item.Expression, _context.Diagnostics, out var list))
                {
                    result[key] = list.Elements.Select(e => e.AsString()).ToList();
                }
            }
        }

        return result;
    }

    private CheckRestart CheckRestart(HclBlock block, string path)
    {
        var r = _context.Read(block.Body, path, ["limit", "grace", "ignore_warnings"]);
        return new CheckRestart
        {
            Limit = r.Int("limit", "Limit") ?? 0,
            Grace = r.Duration("grace", "Grace"),
            IgnoreWarnings = r.Bool("ignore_warnings", "IgnoreWarnings") ?? false,
        };
    }
}
