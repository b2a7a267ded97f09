namespace Nomadic.Hcl.Extensions;

/// <summary>The schemas of a <c>dynamic</c> block's header and body, as HCL's <c>ext/dynblock</c> defines them.</summary>
internal static class DynamicBlockSchemas
{
    public const string BlockType = "dynamic";

    public static BlockHeaderSchema Header { get; } = new(BlockType, ["type"]);

    /// <summary>Gets the body schema when the generated block type has labels: <c>labels</c> is then required.</summary>
    public static BodySchema WithLabels { get; } = new()
    {
        Attributes = [new("for_each", Required: true), new("iterator"), new("labels", Required: true)],
        Blocks = [new BlockHeaderSchema("content")],
    };

    /// <summary>Gets the body schema when the generated block type has no labels.</summary>
    public static BodySchema WithoutLabels { get; } = new()
    {
        Attributes = [new("for_each", Required: true), new("iterator")],
        Blocks = [new BlockHeaderSchema("content")],
    };
}
