using System.Globalization;
using Nomadic.Core.Jobs;
using Nomadic.Core.Jobs.Validation;
using Nomadic.Topology.Cluster;

namespace Nomadic.Core.Scheduling;

/// <summary>A task's device request inside a group.</summary>
/// <param name="TaskIndex">The index of the task in the group.</param>
/// <param name="Request">The <c>device</c> block.</param>
internal readonly record struct DeviceAsk(int TaskIndex, RequestedDevice Request);

/// <summary>
/// Nomad's device feasibility (<c>DeviceChecker</c>, <c>nodeDeviceMatches</c>, <c>resolveDeviceTarget</c>) and
/// instance assignment (<c>deviceAllocator.createOffer</c>): matching healthy, unused instances of one node device
/// group per request, the group chosen by its affinity score.
/// </summary>
internal static class DeviceAllocator
{
    /// <summary>The exhaustion dimension Nomad records when no device group can satisfy a request (<c>"devices: " + err</c>).</summary>
    public const string Exhausted = "devices: no devices match request";

    /// <summary>Whether a device group's name matches the request's <c>type</c>, <c>vendor/type</c> or <c>vendor/type/name</c>.</summary>
    public static bool NameMatches(NodeDeviceResource device, string name)
    {
        var parts = name.Split('/');
        return parts.Length switch
        {
            1 => device.Type == parts[0],
            2 => device.Vendor == parts[0] && device.Type == parts[1],
            _ => device.Vendor == parts[0] && device.Type == parts[1] && device.Name == parts[2],
        };
    }

    /// <summary>Nomad's <c>nodeDeviceMatches</c>: the name matches and every device constraint holds on the group.</summary>
    public static bool Matches(NodeDeviceResource device, RequestedDevice request)
    {
        if (!NameMatches(device, request.Name))
        {
            return false;
        }

        foreach (var constraint in request.Constraints ?? [])
        {
            if (!Check(constraint.LTarget, constraint.Operand, constraint.RTarget, device))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Nomad's <c>DeviceChecker</c>: a matching device group has at least <c>count</c> healthy instances.</summary>
    public static bool HasDevice(ClusterNode node, RequestedDevice request)
    {
        var wanted = (long)(request.Count ?? 1);
        foreach (var device in node.NodeResources?.Devices ?? [])
        {
            if (Matches(device, request) && device.Instances.Count(i => i.Healthy) >= wanted)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Assigns instances for every request in order, never one in <paramref name="used"/> nor one given to an earlier
    /// request of the same placement. Returns false when a request finds no group with enough free instances.
    /// </summary>
    /// <param name="node">The candidate node.</param>
    /// <param name="asks">The group's device requests.</param>
    /// <param name="used">Instance keys (<see cref="Key(string, string, string, string)"/>) held by other allocations on the node, or null.</param>
    /// <param name="offers">Receives one offer per request when not null.</param>
    /// <param name="matchedWeights">The sum of the matched affinity weights of the chosen groups.</param>
    public static bool TryAssign(ClusterNode node, DeviceAsk[] asks, HashSet<string>? used, List<AllocatedDeviceResource>? offers, out double matchedWeights)
    {
        matchedWeights = 0;
        var devices = node.NodeResources?.Devices ?? [];
        HashSet<string>? taken = null;
        foreach (var ask in asks)
        {
            var count = (int)(ask.Request.Count ?? 1);
            NodeDeviceResource? best = null;
            List<string>? bestIds = null;
            var bestScore = 0.0;
            var bestWeights = 0.0;
            foreach (var device in devices)
            {
                if (!Matches(device, ask.Request))
                {
                    continue;
                }

                var assignable = new List<string>(count);
                foreach (var instance in device.Instances)
                {
                    if (assignable.Count == count)
                    {
                        break;
                    }

                    if (!instance.Healthy)
                    {
                        continue;
                    }

                    var key = Key(device, instance.ID);
                    if ((used is not null && used.Contains(key)) || (taken is not null && taken.Contains(key)))
                    {
                        continue;
                    }

                    assignable.Add(instance.ID);
                }

                if (assignable.Count < count)
                {
                    continue;
                }

                var (score, weights) = AffinityOf(device, ask.Request);

                // Nomad keeps the highest-scoring group; among equal scores the first in the node's order is kept.
                if (best is not null && score <= bestScore)
                {
                    continue;
                }

                (best, bestIds, bestScore, bestWeights) = (device, assignable, score, weights);
            }

            if (best is null)
            {
                return false;
            }

            taken ??= new HashSet<string>(StringComparer.Ordinal);
            foreach (var id in bestIds!)
            {
                taken.Add(Key(best, id));
            }

            matchedWeights += bestWeights;
            offers?.Add(new AllocatedDeviceResource(best.Vendor, best.Type, best.Name, bestIds!));
        }

        return true;
    }

    /// <summary>The PCI bus ID of an assigned instance, or null when the node does not report it.</summary>
    public static string? BusOf(ClusterNode node, AllocatedDeviceResource offer, string id)
    {
        foreach (var device in node.NodeResources?.Devices ?? [])
        {
            if (device.Vendor != offer.Vendor || device.Type != offer.Type || device.Name != offer.Name)
            {
                continue;
            }

            foreach (var instance in device.Instances)
            {
                if (instance.ID == id)
                {
                    return instance.Locality?.PciBusID is { Length: > 0 } bus ? bus : null;
                }
            }
        }

        return null;
    }

    /// <summary>The key of one instance in a node's used-device set.</summary>
    public static string Key(string vendor, string type, string name, string id) => string.Concat(vendor, "/", type, "/", name, "\0", id);

    private static string Key(NodeDeviceResource device, string id) => Key(device.Vendor, device.Type, device.Name, id);

    /// <summary>The sum of absolute affinity weights of a request.</summary>
    public static double TotalWeight(RequestedDevice request)
    {
        var total = 0.0;
        foreach (var affinity in request.Affinities ?? [])
        {
            total += Math.Abs((double)(affinity.Weight ?? JobDefaults.Weight));
        }

        return total;
    }

    private static (double Score, double Matched) AffinityOf(NodeDeviceResource device, RequestedDevice request)
    {
        if (request.Affinities is not { Count: > 0 } affinities)
        {
            return (0, 0);
        }

        var matched = 0.0;
        foreach (var affinity in affinities)
        {
            if (Check(affinity.LTarget, affinity.Operand, affinity.RTarget, device))
            {
                matched += affinity.Weight ?? JobDefaults.Weight;
            }
        }

        return (matched / TotalWeight(request), matched);
    }

    private static bool Check(string? lTarget, string? operand, string? rTarget, NodeDeviceResource device)
    {
        var leftFound = TryResolve(lTarget ?? string.Empty, device, out var left);
        var rightFound = TryResolve(rTarget ?? string.Empty, device, out var right);
        return ConstraintOperators.Check(operand ?? string.Empty, leftFound ? left : null, rightFound ? right : null);
    }

    /// <summary>Nomad's <c>resolveDeviceTarget</c>: <c>${device.model|vendor|type|attr.X}</c>, anything else is a literal.</summary>
    public static bool TryResolve(string target, NodeDeviceResource device, out string? value)
    {
        value = null;
        if (!target.StartsWith("${device.", StringComparison.Ordinal) || !target.EndsWith('}'))
        {
            value = target;
            return true;
        }

        var name = target["${device.".Length..^1];
        switch (name)
        {
            case "model":
                value = device.Name;
                return true;
            case "vendor":
                value = device.Vendor;
                return true;
            case "type":
                value = device.Type;
                return true;
        }

        if (name.StartsWith("attr.", StringComparison.Ordinal) && device.Attributes.TryGetValue(name["attr.".Length..], out var attribute))
        {
            value = Format(attribute);
            return value is not null;
        }

        return false;
    }

    /// <summary>An attribute's value as text (without its unit).</summary>
    public static string? Format(DeviceAttribute attribute) =>
        attribute.Int is { } i ? i.ToString(CultureInfo.InvariantCulture)
        : attribute.Float is { } f ? f.ToString("R", CultureInfo.InvariantCulture)
        : attribute.Bool is { } b ? (b ? "true" : "false")
        : attribute.String;
}
