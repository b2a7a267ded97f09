namespace Nomadic.Hcl;

/// <summary>An attribute a body may contain.</summary>
/// <param name="Name">The attribute's name.</param>
/// <param name="Required">Whether a missing attribute is an error.</param>
public sealed record AttributeSchema(string Name, bool Required = false);

/// <summary>A block type a body may contain, with the names of its labels.</summary>
/// <param name="Type">The block type.</param>
/// <param name="LabelNames">What each label means, e.g. ["name"]; empty for a block without labels.</param>
public sealed record BlockHeaderSchema(string Type, IReadOnlyList<string> LabelNames)
{
    /// <summary>Initializes a new instance of the <see cref="BlockHeaderSchema"/> class for a block without labels.</summary>
    /// <param name="type">The block type.</param>
    public BlockHeaderSchema(string type)
        : this(type, [])
    {
    }
}

/// <summary>What a body may contain: attributes and block types.</summary>
public sealed class BodySchema
{
    /// <summary>Gets the attributes the body may contain.</summary>
    public IReadOnlyList<AttributeSchema> Attributes { get; init; } = [];

    /// <summary>Gets the block types the body may contain.</summary>
    public IReadOnlyList<BlockHeaderSchema> Blocks { get; init; } = [];

    internal AttributeSchema? FindAttribute(string name)
    {
        foreach (var a in Attributes)
        {
            if (a.Name == name)
            {
                return a;
            }
        }

        return null;
    }

    internal BlockHeaderSchema? FindBlock(string type)
    {
        foreach (var b in Blocks)
        {
            if (b.Type == type)
            {
                return b;
            }
        }

        return null;
    }
}

/// <summary>The part of a body a schema asked for.</summary>
/// <param name="Attributes">The attributes found, by name.</param>
/// <param name="Blocks">The blocks found, in source order.</param>
/// <param name="MissingItemRange">Where to point when something required is missing.</param>
public sealed record BodyContent(IReadOnlyDictionary<string, HclAttribute> Attributes, IReadOnlyList<HclBlock> Blocks, SourceRange MissingItemRange);
