using System.Globalization;
using Nomadic.Core.Scheduling;

namespace Nomadic.Cli.Commands;

/// <summary>
/// Writes an <see cref="AllocMetric"/> the way <c>nomad job plan</c> and <c>nomad alloc status</c> do (Nomad's
/// <c>formatAllocMetrics</c>): one <c>* ...</c> line per reason. Nomad iterates Go maps in random order; the keys
/// are sorted here so the output is stable.
/// </summary>
internal static class AllocMetricText
{
    public static IEnumerable<string> Lines(AllocMetric metric)
    {
        var c = CultureInfo.InvariantCulture;
        if (metric.NodesEvaluated == 0)
        {
            yield return "* No nodes were eligible for evaluation";
        }

        foreach (var (datacenter, available) in Sorted(metric.NodesAvailable))
        {
            if (available == 0)
            {
                yield return $"* No nodes are available in datacenter {Quote(datacenter)}";
            }
        }

        foreach (var (nodeClass, count) in Sorted(metric.ClassFiltered))
        {
            yield return string.Create(c, $"* Class {Quote(nodeClass)}: {count} nodes excluded by filter");
        }

        foreach (var (constraint, count) in Sorted(metric.ConstraintFiltered))
        {
            yield return string.Create(c, $"* Constraint {Quote(constraint)}: {count} nodes excluded by filter");
        }

        if (metric.NodesExhausted > 0)
        {
            yield return string.Create(c, $"* Resources exhausted on {metric.NodesExhausted} nodes");
        }

        foreach (var (nodeClass, count) in Sorted(metric.ClassExhausted))
        {
            yield return string.Create(c, $"* Class {Quote(nodeClass)} exhausted on {count} nodes");
        }

        foreach (var (dimension, count) in Sorted(metric.DimensionExhausted))
        {
            yield return string.Create(c, $"* Dimension {Quote(dimension)} exhausted on {count} nodes");
        }

        foreach (var quota in metric.QuotaExhausted)
        {
            yield return $"* Quota limit hit {Quote(quota)}";
        }
    }

    private static IEnumerable<KeyValuePair<string, int>> Sorted(Dictionary<string, int> counts) =>
        counts.OrderBy(pair => pair.Key, StringComparer.Ordinal);

    /// <summary>Go's <c>%q</c> for the strings that occur here: double quotes, with quotes and backslashes escaped.</summary>
    private static string Quote(string text) =>
        "\"" + text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal) + "\"";
}
