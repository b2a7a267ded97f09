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

    // Built on first lookup: decoders share one schema per block type, so each schema is indexed once, not per read.
    private SchemaIndex? _index;

    internal AttributeSchema? FindAttribute(string name) => Index.Attributes.GetValueOrDefault(name);

    internal BlockHeaderSchema? FindBlock(string type) => Index.Blocks.GetValueOrDefault(type);

    /// <summary>The position of the attribute named <paramref name="name"/> in <see cref="Attributes"/>, or -1.</summary>
    internal int AttributePosition(string name) => Index.AttributePositions.TryGetValue(name, out var position) ? position : -1;

    private SchemaIndex Index => _index ??= new SchemaIndex(Attributes, Blocks);

    /// <summary>The schema's names in dictionaries; the first of a repeated name wins, as a linear search would find it.</summary>
    private sealed class SchemaIndex
    {
        public SchemaIndex(IReadOnlyList<AttributeSchema> attributes, IReadOnlyList<BlockHeaderSchema> blocks)
        {
            for (var i = 0; i < attributes.Count; i++)
            {
                Attributes.TryAdd(attributes[i].Name, attributes[i]);
                AttributePositions.TryAdd(attributes[i].Name, i);
            }

            for (var i = 0; i < blocks.Count; i++)
            {
                Blocks.TryAdd(blocks[i].Type, blocks[i]);
            }
        }

        public Dictionary<string, AttributeSchema> Attributes { get; } = new(StringComparer.Ordinal);

        public Dictionary<string, int> AttributePositions { get; } = new(StringComparer.Ordinal);

        public Dictionary<string, BlockHeaderSchema> Blocks { get; } = new(StringComparer.Ordinal);
    }
}

/// <summary>The part of a body a schema asked for.</summary>
public sealed record BodyContent
{
    // The body whose MissingItemRange this is, asked only when needed: finding a position costs a search of the line starts.
    private readonly IHclBody? _missingItemSource;
    private readonly SourceRange _missingItemRange;

    /// <summary>Initializes a new instance of the <see cref="BodyContent"/> class.</summary>
    /// <param name="attributes">The attributes found, by name.</param>
    /// <param name="blocks">The blocks found, in source order.</param>
    /// <param name="missingItemRange">Where to point when something required is missing.</param>
    public BodyContent(IReadOnlyDictionary<string, HclAttribute> attributes, IReadOnlyList<HclBlock> blocks, SourceRange missingItemRange)
    {
        Attributes = attributes;
        Blocks = blocks;
        _missingItemRange = missingItemRange;
    }

    /// <summary>Content whose <see cref="MissingItemRange"/> is that of <paramref name="body"/>, found when first asked for.</summary>
    internal BodyContent(IReadOnlyDictionary<string, HclAttribute> attributes, IReadOnlyList<HclBlock> blocks, IHclBody body)
    {
        Attributes = attributes;
        Blocks = blocks;
        _missingItemSource = body;
    }

    /// <summary>Gets the attributes found, by name.</summary>
    public IReadOnlyDictionary<string, HclAttribute> Attributes { get; init; }

    /// <summary>Gets the blocks found, in source order.</summary>
    public IReadOnlyList<HclBlock> Blocks { get; init; }

    /// <summary>Gets where to point when something required is missing.</summary>
    public SourceRange MissingItemRange
    {
        get => _missingItemSource?.MissingItemRange ?? _missingItemRange;
        init
        {
            _missingItemSource = null;
            _missingItemRange = value;
        }
    }

    /// <summary>Deconstructs the content.</summary>
    /// <param name="attributes">The attributes found, by name.</param>
    /// <param name="blocks">The blocks found, in source order.</param>
    /// <param name="missingItemRange">Where to point when something required is missing.</param>
    public void Deconstruct(out IReadOnlyDictionary<string, HclAttribute> attributes, out IReadOnlyList<HclBlock> blocks, out SourceRange missingItemRange)
    {
        attributes = Attributes;
        blocks = Blocks;
        missingItemRange = MissingItemRange;
    }

    /// <inheritdoc />
    public bool Equals(BodyContent? other) =>
        other is not null && Equals(Attributes, other.Attributes) && Equals(Blocks, other.Blocks) && MissingItemRange == other.MissingItemRange;

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Attributes, Blocks, MissingItemRange);
}
