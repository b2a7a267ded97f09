using Nomadic.Hcl.Functions.Library;

namespace Nomadic.Hcl.Functions;

/// <summary>The function library of Nomad's HCL2 jobspec (<c>jobspec2/functions.go</c>), with cty's and go-cty-funcs' semantics.</summary>
public static class HclStandardLibrary
{
    /// <summary>
    /// Gets the names of the functions Nomad registers that take unevaluated expressions (<c>try</c>, <c>can</c>) or
    /// a type expression (<c>convert</c>): an evaluator implements them as special forms, so
    /// <see cref="Create(HclFunctionOptions?)"/> does not include them.
    /// </summary>
    public static IReadOnlyList<string> ExpressionFunctionNames { get; } = ["can", "convert", "try"];

    /// <summary>Creates every function Nomad's jobspec registers, by name (less <see cref="ExpressionFunctionNames"/>).</summary>
    /// <param name="options">The options; null for the defaults (filesystem disabled, system clock).</param>
    /// <returns>The functions by name.</returns>
    public static IReadOnlyDictionary<string, HclFunction> Create(HclFunctionOptions? options = null)
    {
        options ??= new HclFunctionOptions();
        var functions = new SortedDictionary<string, HclFunction>(StringComparer.Ordinal);
        NumberFunctions.Register(functions);
        StringFunctions.Register(functions);
        RegexFunctions.Register(functions, options.IncludeCtyExtensions);
        FormatFunctions.Register(functions);
        DateTimeFunctions.Register(functions);
        CollectionFunctions.Register(functions);
        MapFunctions.Register(functions);
        SetFunctions.Register(functions, options.IncludeCtyExtensions);
        EncodingFunctions.Register(functions);
        JsonFunctions.Register(functions);
        CsvFunctions.Register(functions);
        YamlFunctions.Register(functions);
        HashFunctions.Register(functions, options.Fips);
        CryptoFunctions.Register(functions);
        UuidFunctions.Register(functions);
        CidrFunctions.Register(functions);
        FileSystemFunctions.Register(functions, options);
        return functions.AsReadOnly();
    }
}
