namespace Nomadic.Hcl;

/// <summary>An attribute <c>name = expression</c> of a body.</summary>
/// <param name="Name">The attribute's name.</param>
/// <param name="Expression">Its value expression.</param>
/// <param name="Range">The whole definition's range.</param>
/// <param name="NameRange">The name's range.</param>
public sealed record HclAttribute(string Name, IHclExpression Expression, SourceRange Range, SourceRange NameRange);
