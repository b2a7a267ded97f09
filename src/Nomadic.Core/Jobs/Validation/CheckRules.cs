namespace Nomadic.Core.Jobs.Validation;

/// <summary>Service check rules (<c>ServiceCheck.validateCommon</c>, <c>validateConsul</c>, <c>validateNomad</c>).</summary>
internal static class CheckRules
{
    private static readonly TimeSpan _minimum = TimeSpan.FromSeconds(1);

    public static bool RequiresPort(ServiceCheck check) => (check.Type ?? "").ToLowerInvariant() is "http" or "tcp" or "grpc";

    public static void Validate(ServiceCheck check, string provider, string path, ValidationSink sink)
    {
        var type = (check.Type ?? "").ToLowerInvariant();
        string[] allowed = provider == "nomad" ? ["http", "tcp"] : ["http", "tcp", "script", "grpc"];
        if (!allowed.Contains(type))
        {
            sink.Add(ValidationSink.Join(path, "Type"), $"invalid check type (\"{type}\"), must be one of {string.Join(", ", allowed)}.");
        }

        if (type == "http")
        {
            var checkPath = check.Path ?? "";
            if (checkPath.Length == 0)
            {
                sink.Add(ValidationSink.Join(path, "Path"), "http type must have http path.");
            }
            else if (Uri.TryCreate(checkPath, UriKind.Absolute, out var absolute) && absolute.Scheme is "http" or "https")
            {
                sink.Add(ValidationSink.Join(path, "Path"), "http type must have relative http path.");
            }
        }

        if (type == "script" && string.IsNullOrEmpty(check.Command))
        {
            sink.Add(ValidationSink.Join(path, "Command"), "script type must have a valid script path: set command.");
        }

        if (check.Interval == TimeSpan.Zero)
        {
            sink.Add(ValidationSink.Join(path, "Interval"), $"missing required value interval. Interval cannot be less than {GoDuration.Format(_minimum)}.");
        }
        else if (check.Interval < _minimum)
        {
            sink.Add(ValidationSink.Join(path, "Interval"), $"interval ({GoDuration.Format(check.Interval)}) cannot be lower than {GoDuration.Format(_minimum)}.");
        }

        if (check.Timeout == TimeSpan.Zero)
        {
            sink.Add(ValidationSink.Join(path, "Timeout"), $"missing required value timeout. Timeout cannot be less than {GoDuration.Format(_minimum)}.");
        }
        else if (check.Timeout < _minimum)
        {
            sink.Add(ValidationSink.Join(path, "Timeout"), $"timeout ({GoDuration.Format(check.Timeout)}) is lower than required minimum timeout {GoDuration.Format(_minimum)}.");
        }

        if (check.InitialStatus is not (null or "" or "passing" or "warning" or "critical"))
        {
            sink.Add(ValidationSink.Join(path, "InitialStatus"), $"invalid initial check state ({check.InitialStatus}), must be one of \"passing\", \"warning\", \"critical\" or empty.");
        }

        switch (check.AddressMode ?? "")
        {
            case "" or "host" or "driver" or "alloc":
                break;
            case "auto":
                sink.Add(ValidationSink.Join(path, "AddressMode"), "invalid address_mode \"auto\" - auto only valid for services.");
                break;
            default:
                sink.Add(ValidationSink.Join(path, "AddressMode"), $"invalid address_mode \"{check.AddressMode}\": use host, driver or alloc.");
                break;
        }

        var onUpdate = check.OnUpdate ?? "";
        if (onUpdate is not ("" or "require_healthy" or "ignore_warnings" or "ignore"))
        {
            sink.Add(ValidationSink.Join(path, "OnUpdate"), $"on_update must be \"require_healthy\", \"ignore_warnings\", or \"ignore\"; got \"{onUpdate}\".");
        }

        if (check.CheckRestart is { } restart)
        {
            if (onUpdate == "ignore")
            {
                sink.Add(ValidationSink.Join(path, "OnUpdate"), "on_update value \"ignore\" is not compatible with check_restart.");
            }
            else if (!restart.IgnoreWarnings && onUpdate == "ignore_warnings")
            {
                sink.Add(ValidationSink.Join(path, "OnUpdate"), "on_update value \"ignore_warnings\" not supported with check_restart ignore_warnings value \"false\".");
            }

            if (restart.Limit < 0)
            {
                sink.Add(ValidationSink.Join(path, "CheckRestart.Limit"), $"limit must be greater than or equal to 0 but found {restart.Limit}.");
            }

            if (restart.Grace is { } grace && grace < TimeSpan.Zero)
            {
                sink.Add(ValidationSink.Join(path, "CheckRestart.Grace"), $"grace period must be greater than or equal to 0 but found {GoDuration.Format(grace)}.");
            }
        }

        if (check.SuccessBeforePassing < 0)
        {
            sink.Add(ValidationSink.Join(path, "SuccessBeforePassing"), $"success_before_passing must be non-negative.");
        }

        if (check.FailuresBeforeCritical < 0)
        {
            sink.Add(ValidationSink.Join(path, "FailuresBeforeCritical"), $"failures_before_critical must be non-negative.");
        }
    }
}
