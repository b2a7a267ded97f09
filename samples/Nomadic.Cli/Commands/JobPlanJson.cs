using System.Text;
using System.Text.Json;
using Nomadic.Core.Scheduling;

namespace Nomadic.Cli.Commands;

/// <summary>
/// <c>--json</c>: <c>{"Allocations": [...], "FailedTGAllocs": {...}}</c> with the field names of Nomad's API
/// (<c>api.Allocation</c>, <c>api.AllocatedResources</c>, <c>api.AllocationMetric</c>). Like Go's encoder, map
/// keys are sorted and empty metric maps are <c>null</c>. Written by hand, so no reflection is needed.
/// </summary>
internal static class JobPlanJson
{
    public static void Write(PlacementPlan plan, IReadOnlyList<Allocation> allocations, TextWriter output)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true }))
        {
            var nodePool = plan.Job.NodePool ?? "default";
            json.WriteStartObject();
            json.WriteStartArray("Allocations");
            foreach (var allocation in allocations)
            {
                WriteAllocation(json, allocation, nodePool);
            }

            json.WriteEndArray();
            json.WriteStartObject("FailedTGAllocs");
            foreach (var (group, metric) in plan.FailedTGAllocs.OrderBy(pair => pair.Key, StringComparer.Ordinal))
            {
                json.WritePropertyName(group);
                WriteMetric(json, metric, nodePool);
            }

            json.WriteEndObject();
            json.WriteEndObject();
        }

        output.WriteLine(Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length));
    }

    private static void WriteAllocation(Utf8JsonWriter json, Allocation allocation, string nodePool)
    {
        json.WriteStartObject();
        json.WriteString("ID", allocation.ID);
        json.WriteString("Namespace", allocation.Namespace);
        json.WriteString("Name", allocation.Name);
        json.WriteString("NodeID", allocation.NodeID);
        json.WriteString("NodeName", allocation.NodeName);
        json.WriteString("JobID", allocation.JobID);
        json.WriteString("TaskGroup", allocation.TaskGroup);
        if (allocation.PreemptedAllocations.Count > 0)
        {
            json.WriteStartArray("PreemptedAllocations");
            foreach (var id in allocation.PreemptedAllocations)
            {
                json.WriteStringValue(id);
            }

            json.WriteEndArray();
        }

        json.WriteStartObject("AllocatedResources");
        json.WriteStartObject("Tasks");
        foreach (var (task, resources) in allocation.AllocatedResources.Tasks.OrderBy(pair => pair.Key, StringComparer.Ordinal))
        {
            json.WriteStartObject(task);
            json.WriteStartObject("Cpu");
            json.WriteNumber("CpuShares", resources.Cpu.CpuShares);
            json.WriteStartArray("ReservedCores");
            foreach (var core in resources.Cpu.ReservedCores)
            {
                json.WriteNumberValue(core);
            }

            json.WriteEndArray();
            json.WriteEndObject();
            json.WriteStartObject("Memory");
            json.WriteNumber("MemoryMB", resources.Memory.MemoryMB);
            json.WriteNumber("MemoryMaxMB", resources.Memory.MemoryMaxMB);
            json.WriteEndObject();
            json.WriteEndObject();
        }

        json.WriteEndObject();
        json.WriteStartObject("Shared");
        json.WriteNumber("DiskMB", allocation.AllocatedResources.Shared.DiskMB);
        json.WriteStartArray("Ports");
        foreach (var port in allocation.AllocatedResources.Shared.Ports)
        {
            json.WriteStartObject();
            json.WriteString("Label", port.Label);
            json.WriteNumber("Value", port.Value);
            json.WriteNumber("To", port.To);
            json.WriteString("HostIP", string.Empty);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
        json.WriteEndObject();
        json.WritePropertyName("Metrics");
        if (allocation.Metrics is { } metric)
        {
            WriteMetric(json, metric, nodePool);
        }
        else
        {
            json.WriteNullValue();
        }

        json.WriteString("DesiredStatus", allocation.DesiredStatus);
        json.WriteString("ClientStatus", allocation.ClientStatus);
        json.WriteEndObject();
    }

    private static void WriteMetric(Utf8JsonWriter json, AllocMetric metric, string nodePool)
    {
        json.WriteStartObject();
        json.WriteNumber("NodesEvaluated", metric.NodesEvaluated);
        json.WriteNumber("NodesFiltered", metric.NodesFiltered);
        json.WriteNumber("NodesInPool", metric.NodesInPool);
        json.WriteString("NodePool", nodePool);
        WriteCounts(json, "NodesAvailable", metric.NodesAvailable);
        WriteCounts(json, "ClassFiltered", metric.ClassFiltered);
        WriteCounts(json, "ConstraintFiltered", metric.ConstraintFiltered);
        json.WriteNumber("NodesExhausted", metric.NodesExhausted);
        WriteCounts(json, "ClassExhausted", metric.ClassExhausted);
        WriteCounts(json, "DimensionExhausted", metric.DimensionExhausted);
        json.WritePropertyName("QuotaExhausted");
        if (metric.QuotaExhausted.Count == 0)
        {
            json.WriteNullValue();
        }
        else
        {
            json.WriteStartArray();
            foreach (var quota in metric.QuotaExhausted)
            {
                json.WriteStringValue(quota);
            }

            json.WriteEndArray();
        }

        json.WriteNull("ResourcesExhausted");
        json.WriteNull("Scores");
        json.WriteNumber("AllocationTime", metric.AllocationTime);
        json.WriteNumber("CoalescedFailures", metric.CoalescedFailures);
        json.WriteStartArray("ScoreMetaData");
        foreach (var score in metric.ScoreMetaData)
        {
            json.WriteStartObject();
            json.WriteString("NodeID", score.NodeID);
            json.WriteStartObject("Scores");
            foreach (var (scorer, value) in score.Scores.OrderBy(pair => pair.Key, StringComparer.Ordinal))
            {
                json.WriteNumber(scorer, value);
            }

            json.WriteEndObject();
            json.WriteNumber("NormScore", score.NormScore);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static void WriteCounts(Utf8JsonWriter json, string name, Dictionary<string, int> counts)
    {
        json.WritePropertyName(name);
        if (counts.Count == 0)
        {
            json.WriteNullValue();
            return;
        }

        json.WriteStartObject();
        foreach (var (key, count) in counts.OrderBy(pair => pair.Key, StringComparer.Ordinal))
        {
            json.WriteNumber(key, count);
        }

        json.WriteEndObject();
    }
}
