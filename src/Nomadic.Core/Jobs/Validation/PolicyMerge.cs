namespace Nomadic.Core.Jobs.Validation;

/// <summary>Overlays policies the way Nomad's <c>Merge</c> and <c>Canonicalize</c> methods do: set fields of the overlay win, unset fields keep the base.</summary>
internal static class PolicyMerge
{
    public static UpdateStrategy Overlay(UpdateStrategy? baseline, UpdateStrategy? overlay) => new()
    {
        Stagger = overlay?.Stagger ?? baseline?.Stagger,
        MaxParallel = overlay?.MaxParallel ?? baseline?.MaxParallel,
        HealthCheck = overlay?.HealthCheck ?? baseline?.HealthCheck,
        MinHealthyTime = overlay?.MinHealthyTime ?? baseline?.MinHealthyTime,
        HealthyDeadline = overlay?.HealthyDeadline ?? baseline?.HealthyDeadline,
        ProgressDeadline = overlay?.ProgressDeadline ?? baseline?.ProgressDeadline,
        Canary = overlay?.Canary ?? baseline?.Canary,
        AutoRevert = overlay?.AutoRevert ?? baseline?.AutoRevert,
        AutoPromote = overlay?.AutoPromote ?? baseline?.AutoPromote,
    };

    public static bool IsEmpty(UpdateStrategy update) =>
        update.Stagger is null && update.MaxParallel is null && update.HealthCheck is null
        && update.MinHealthyTime is null && update.HealthyDeadline is null && update.ProgressDeadline is null
        && update.Canary is null && update.AutoRevert is null && update.AutoPromote is null;

    public static ReschedulePolicy Overlay(ReschedulePolicy? baseline, ReschedulePolicy? overlay) => new()
    {
        Attempts = overlay?.Attempts ?? baseline?.Attempts,
        Interval = overlay?.Interval ?? baseline?.Interval,
        Delay = overlay?.Delay ?? baseline?.Delay,
        DelayFunction = overlay?.DelayFunction ?? baseline?.DelayFunction,
        MaxDelay = overlay?.MaxDelay ?? baseline?.MaxDelay,
        Unlimited = overlay?.Unlimited ?? baseline?.Unlimited,
    };

    public static MigrateStrategy Overlay(MigrateStrategy? baseline, MigrateStrategy? overlay) => new()
    {
        MaxParallel = overlay?.MaxParallel ?? baseline?.MaxParallel,
        HealthCheck = overlay?.HealthCheck ?? baseline?.HealthCheck,
        MinHealthyTime = overlay?.MinHealthyTime ?? baseline?.MinHealthyTime,
        HealthyDeadline = overlay?.HealthyDeadline ?? baseline?.HealthyDeadline,
    };

    public static RestartPolicy Overlay(RestartPolicy? baseline, RestartPolicy? overlay) => new()
    {
        Attempts = overlay?.Attempts ?? baseline?.Attempts,
        Interval = overlay?.Interval ?? baseline?.Interval,
        Delay = overlay?.Delay ?? baseline?.Delay,
        Mode = overlay?.Mode ?? baseline?.Mode,
        RenderTemplates = overlay?.RenderTemplates ?? baseline?.RenderTemplates,
    };

    public static CheckRestart? Overlay(CheckRestart? baseline, CheckRestart? overlay)
    {
        if (baseline is null && overlay is null)
        {
            return null;
        }

        return new CheckRestart
        {
            Limit = overlay is { Limit: > 0 } ? overlay.Limit : baseline?.Limit ?? 0,
            Grace = overlay?.Grace ?? baseline?.Grace,
            IgnoreWarnings = overlay?.IgnoreWarnings == true || baseline?.IgnoreWarnings == true,
        };
    }
}
