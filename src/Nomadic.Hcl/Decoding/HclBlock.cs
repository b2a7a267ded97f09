using Nomadic.Hcl.Syntax;

namespace Nomadic.Hcl;

/// <summary>A block <c>type "label" { body }</c> of a body.</summary>
/// <remarks>
/// A block read from a native syntax tree finds its line and column positions only when asked: decoding a body that
/// has no mistakes never needs them.
/// </remarks>
public sealed record HclBlock
{
    private readonly SyntaxNode _node;

    // Set once, as one reference, so that threads sharing a parsed body never see half of a range.
    private Ranges? _ranges;

    /// <summary>Initializes a new instance of the <see cref="HclBlock"/> class.</summary>
    /// <param name="type">The block type.</param>
    /// <param name="labels">The labels, in order.</param>
    /// <param name="body">The block's body.</param>
    /// <param name="definitionRange">The header's range, from the type to the opening brace: where to point at the block.</param>
    /// <param name="typeRange">The type name's range.</param>
    /// <param name="labelRanges">Each label's range.</param>
    public HclBlock(string type, IReadOnlyList<string> labels, IHclBody body, SourceRange definitionRange, SourceRange typeRange, IReadOnlyList<SourceRange> labelRanges)
    {
        Type = type;
        Labels = labels;
        Body = body;
        _ranges = new Ranges(definitionRange, typeRange, labelRanges);
    }

    /// <summary>A block whose ranges are those of the block node <paramref name="node"/>, found when first asked for.</summary>
    internal HclBlock(string type, IReadOnlyList<string> labels, IHclBody body, SyntaxNode node)
    {
        Type = type;
        Labels = labels;
        Body = body;
        _node = node;
    }

    /// <summary>Gets the block type.</summary>
    public string Type { get; init; }

    /// <summary>Gets the labels, in order.</summary>
    public IReadOnlyList<string> Labels { get; init; }

    /// <summary>Gets the block's body.</summary>
    public IHclBody Body { get; init; }

    /// <summary>Gets the header's range, from the type to the opening brace: where to point at the block.</summary>
    public SourceRange DefinitionRange
    {
        get => Located.DefinitionRange;
        init => _ranges = Located with { DefinitionRange = value };
    }

    /// <summary>Gets the type name's range.</summary>
    public SourceRange TypeRange
    {
        get => Located.TypeRange;
        init => _ranges = Located with { TypeRange = value };
    }

    /// <summary>Gets each label's range.</summary>
    public IReadOnlyList<SourceRange> LabelRanges
    {
        get => Located.LabelRanges;
        init => _ranges = Located with { LabelRanges = value };
    }

    private Ranges Located => _ranges ??= Locate(_node);

    /// <summary>Deconstructs the block.</summary>
    /// <param name="type">The block type.</param>
    /// <param name="labels">The labels, in order.</param>
    /// <param name="body">The block's body.</param>
    /// <param name="definitionRange">The header's range.</param>
    /// <param name="typeRange">The type name's range.</param>
    /// <param name="labelRanges">Each label's range.</param>
    public void Deconstruct(out string type, out IReadOnlyList<string> labels, out IHclBody body, out SourceRange definitionRange, out SourceRange typeRange, out IReadOnlyList<SourceRange> labelRanges)
    {
        type = Type;
        labels = Labels;
        body = Body;
        definitionRange = DefinitionRange;
        typeRange = TypeRange;
        labelRanges = LabelRanges;
    }

    /// <inheritdoc />
    public bool Equals(HclBlock? other) =>
        other is not null && Type == other.Type && Equals(Labels, other.Labels) && Equals(Body, other.Body) &&
        DefinitionRange == other.DefinitionRange && TypeRange == other.TypeRange && Equals(LabelRanges, other.LabelRanges);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Type, Labels, Body, DefinitionRange, TypeRange, LabelRanges);

    private static Ranges Locate(SyntaxNode block)
    {
        var labelRanges = new List<SourceRange>();
        foreach (var child in block.Children)
        {
            if (child.Kind == NodeKind.BlockLabel)
            {
                labelRanges.Add(child.Range);
            }
        }

        var typeRange = block.NameRange;
        var definition = labelRanges.Count > 0 ? SourceRange.Between(typeRange, labelRanges[^1]) : typeRange;
        return new Ranges(definition, typeRange, labelRanges);
    }

    private sealed record Ranges(SourceRange DefinitionRange, SourceRange TypeRange, IReadOnlyList<SourceRange> LabelRanges);
}
