namespace Nomadic.Core.Jobs.Json;

/// <summary>Bounds that keep hostile or accidental input from exhausting the stack.</summary>
internal static class NomadJsonLimits
{
    /// <summary>The deepest JSON nesting read or written; a job is about 12 levels deep before schemaless maps.</summary>
    public const int MaxDepth = 128;
}
