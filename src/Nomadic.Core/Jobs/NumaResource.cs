using System.Text.Json.Serialization;

namespace Nomadic.Core.Jobs;

/// <summary>A <c>numa</c> block inside <c>resources</c>.</summary>
public sealed class NumaResource
{
    /// <summary><c>none</c>, <c>prefer</c> or <c>require</c> (<c>affinity</c>; default <c>none</c>).</summary>
    public string Affinity { get; set; } = "";

    /// <summary>
    /// Requested devices that must share the cores' NUMA node (<c>devices</c>). Nomad 1.9 added it; Nomadic offers it
    /// on 1.7 jobs too and leaves it out of the JSON when unset, so 1.7 output is unchanged.
    /// </summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public IList<string>? Devices { get; set; }
}
