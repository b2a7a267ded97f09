namespace Nomadic.Hcl.Values;

/// <summary>Helpers for building types from HCL type expressions.</summary>
public static class HclTypeParser
{
    /// <summary>Resolves a primitive type keyword: <c>string</c>, <c>number</c>, <c>bool</c> or <c>any</c>.</summary>
    /// <param name="name">The keyword.</param>
    /// <param name="type">The type, when the keyword is known.</param>
    /// <returns>Whether the keyword is a type keyword.</returns>
    public static bool TryParseTypeKeyword(string name, out HclType type)
    {
        ArgumentNullException.ThrowIfNull(name);
        HclType? found = name switch
        {
            "string" => HclType.String,
            "number" => HclType.Number,
            "bool" => HclType.Bool,
            "any" => HclType.Dynamic,
            _ => null,
        };
        type = found ?? HclType.Dynamic;
        return found is not null;
    }
}
