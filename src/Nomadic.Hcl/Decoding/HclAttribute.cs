using Nomadic.Hcl.Syntax;

namespace Nomadic.Hcl;

/// <summary>An attribute <c>name = expression</c> of a body.</summary>
/// <remarks>
/// An attribute read from a native syntax tree finds its line and column positions only when asked: decoding a body
/// that has no mistakes never needs them.
/// </remarks>
public sealed record HclAttribute
{
    private readonly SyntaxNode _node;

    // Set once, as one reference, so that threads sharing a parsed body never see half of a range.
    private Ranges? _ranges;

    /// <summary>Initializes a new instance of the <see cref="HclAttribute"/> class.</summary>
    /// <param name="name">The attribute's name.</param>
    /// <param name="expression">Its value expression.</param>
    /// <param name="range">The whole definition's range.</param>
    /// <param name="nameRange">The name's range.</param>
    public HclAttribute(string name, IHclExpression expression, SourceRange range, SourceRange nameRange)
    {
        Name = name;
        Expression = expression;
        _ranges = new Ranges(range, nameRange);
    }

    /// <summary>An attribute whose ranges are those of <paramref name="node"/>, found when first asked for.</summary>
    internal HclAttribute(string name, IHclExpression expression, SyntaxNode node)
    {
        Name = name;
        Expression = expression;
        _node = node;
    }

    /// <summary>Gets the attribute's name.</summary>
    public string Name { get; init; }

    /// <summary>Gets its value expression.</summary>
    public IHclExpression Expression { get; init; }

    /// <summary>Gets the whole definition's range.</summary>
    public SourceRange Range
    {
        get => Located.Range;
        init => _ranges = new Ranges(value, NameRange);
    }

    /// <summary>Gets the name's range.</summary>
    public SourceRange NameRange
    {
        get => Located.NameRange;
        init => _ranges = new Ranges(Range, value);
    }

    private Ranges Located => _ranges ??= new Ranges(_node.Range, _node.NameRange);

    /// <summary>Deconstructs the attribute.</summary>
    /// <param name="name">The attribute's name.</param>
    /// <param name="expression">Its value expression.</param>
    /// <param name="range">The whole definition's range.</param>
    /// <param name="nameRange">The name's range.</param>
    public void Deconstruct(out string name, out IHclExpression expression, out SourceRange range, out SourceRange nameRange)
    {
        name = Name;
        expression = Expression;
        range = Range;
        nameRange = NameRange;
    }

    /// <inheritdoc />
    public bool Equals(HclAttribute? other) =>
        other is not null && Name == other.Name && Equals(Expression, other.Expression) && Range == other.Range && NameRange == other.NameRange;

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Name, Expression, Range, NameRange);

    private sealed record Ranges(SourceRange Range, SourceRange NameRange);
}
