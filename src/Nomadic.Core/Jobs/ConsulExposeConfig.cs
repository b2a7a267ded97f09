using System.Text.Json.Serialization;

namespace Nomadic.Core.Jobs;

/// <summary>An <c>expose</c> block of a proxy.</summary>
public sealed class ConsulExposeConfig
{
    /// <summary>The exposed paths (<c>path</c> blocks).</summary>
    public IList<ConsulExposePath>? Paths { get; set; }

    /// <summary>Deprecated alias of <see cref="Paths"/>; kept only so that API JSON round-trips.</summary>
    [JsonInclude]
    [JsonPropertyName("Path")]
    internal IList<ConsulExposePath>? DeprecatedPath { get; set; }
}
