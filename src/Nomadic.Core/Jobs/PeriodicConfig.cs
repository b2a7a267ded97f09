namespace Nomadic.Core.Jobs;

/// <summary>A <c>periodic</c> block: run the job on a cron schedule.</summary>
public sealed class PeriodicConfig
{
    /// <summary>Whether the schedule is active (<c>enabled</c>).</summary>
    public bool? Enabled { get; set; }

    /// <summary>The cron expression (<c>cron</c>; deprecated in favour of <see cref="Specs"/>).</summary>
    public string? Spec { get; set; }

    /// <summary>Cron expressions (<c>crons</c>).</summary>
    public IList<string>? Specs { get; set; }

    /// <summary>The spec type; the jobspec always sets <c>cron</c>.</summary>
    public string? SpecType { get; set; }

    /// <summary>Whether a launch is skipped while the previous one still runs (<c>prohibit_overlap</c>).</summary>
    public bool? ProhibitOverlap { get; set; }

    /// <summary>The IANA time zone of the schedule (<c>time_zone</c>; default UTC).</summary>
    public string? TimeZone { get; set; }
}
