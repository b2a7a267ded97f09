namespace Nomadic.Hcl.Extensions;

/// <summary>One block of a schemaless body read as an attribute: its body and its labels, outermost first.</summary>
/// <param name="Body">The block's body, itself read without a schema.</param>
/// <param name="Labels">The block's labels.</param>
internal readonly record struct BlockItem(IHclBody Body, IReadOnlyList<string> Labels);
