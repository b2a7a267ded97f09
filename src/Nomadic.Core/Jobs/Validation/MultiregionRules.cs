namespace Nomadic.Core.Jobs.Validation;

/// <summary>
/// The <c>multiregion</c> block. Nomad CE has no rules for it (multiregion deployments are Enterprise code), so these
/// follow Nomad's documentation of the block (job-specification/multiregion): region names present and unique,
/// <c>max_parallel</c> and <c>count</c> not negative, <c>on_failure</c> empty, <c>fail_all</c> or <c>fail_local</c>, no empty datacenter.
/// </summary>
internal static class MultiregionRules
{
    public static void Validate(Multiregion? multiregion, ValidationSink sink)
    {
        if (multiregion is null)
        {
            return;
        }

        if (multiregion.Strategy is { } strategy)
        {
            if (strategy.MaxParallel < 0)
            {
                sink.Add("Multiregion.Strategy.MaxParallel", $"Multiregion max_parallel must not be negative, got {strategy.MaxParallel}: 0 deploys every region at once.");
            }

            if (strategy.OnFailure is not (null or "" or "fail_all" or "fail_local"))
            {
                sink.Add("Multiregion.Strategy.OnFailure", $"Multiregion on_failure must be \"fail_all\", \"fail_local\" or unset, not \"{strategy.OnFailure}\".");
            }
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        var regions = multiregion.Regions ?? [];
        for (var i = 0; i < regions.Count; i++)
        {
            var path = ValidationSink.Index("Multiregion", "Regions", i);
            if (regions[i] is not { } region)
            {
                continue;
            }

            if (string.IsNullOrEmpty(region.Name))
            {
                sink.Add(ValidationSink.Join(path, "Name"), "Multiregion region has no name: give the region block a label.");
            }
            else if (!seen.Add(region.Name))
            {
                sink.Add(ValidationSink.Join(path, "Name"), $"Multiregion region \"{region.Name}\" is defined more than once: region names must be unique.");
            }

            if (region.Count < 0)
            {
                sink.Add(ValidationSink.Join(path, "Count"), $"Multiregion region \"{region.Name}\" count must not be negative, got {region.Count}.");
            }

            if (region.Datacenters?.Any(string.IsNullOrEmpty) == true)
            {
                sink.Add(ValidationSink.Join(path, "Datacenters"), $"Multiregion region \"{region.Name}\" has an empty datacenter name: remove it.");
            }
        }
    }
}
