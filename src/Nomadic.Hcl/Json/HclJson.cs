namespace Nomadic.Hcl.Json;

/// <summary>
/// Entry points of the HCL JSON syntax: configuration written as JSON, with the structure and expression mapping of
/// HCL's JSON specification. Duplicate property names are kept in order, numbers are exact, every value keeps its
/// source range, and errors read as HCL's.
/// </summary>
public static class HclJson
{
    /// <summary>Parses a configuration file. Its root must be a JSON object or an array of objects.</summary>
    /// <param name="source">The UTF-8 source.</param>
    /// <param name="fileName">The file name to put in ranges and diagnostics.</param>
    /// <param name="options">Parser limits, or null for the defaults.</param>
    /// <returns>The file; its body is usable even when there are errors.</returns>
    public static HclFile ParseFile(ReadOnlyMemory<byte> source, string fileName, HclParserOptions? options = null) =>
        ParseFile(source, fileName, SourcePos.Start, options);

    /// <summary>Parses a configuration file that is part of a larger file.</summary>
    /// <param name="source">The UTF-8 source.</param>
    /// <param name="fileName">The file name to put in ranges and diagnostics.</param>
    /// <param name="start">The position of the source's first byte.</param>
    /// <param name="options">Parser limits, or null for the defaults.</param>
    /// <returns>The file; its body is usable even when there are errors.</returns>
    public static HclFile ParseFile(ReadOnlyMemory<byte> source, string fileName, SourcePos start, HclParserOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(fileName);
        options ??= HclParserOptions.Default;
        var diagnostics = new DiagnosticBag();
        var root = JsonParser.Parse(source, fileName, start, options.MaxNestingDepth, diagnostics);
        if (root is not (JsonObjectSyntax or JsonArraySyntax))
        {
            diagnostics.Error(
                root.StartRange,
                "Root value must be object",
                "The root value in a JSON-based configuration must be either a JSON object or a JSON array of objects.");
            var empty = new SourceRange(fileName, start, start);
            root = new JsonObjectSyntax([], empty, empty);
        }

        return new HclFile(fileName, new JsonBody(root, options), [.. diagnostics]);
    }

    /// <summary>Parses a standalone JSON value as an expression, such as a value given on a command line.</summary>
    /// <param name="source">The UTF-8 source.</param>
    /// <param name="fileName">The file name to put in ranges and diagnostics.</param>
    /// <param name="diagnostics">Receives the syntax errors.</param>
    /// <param name="start">The position of the source's first byte, when it is part of a larger file.</param>
    /// <param name="options">Parser limits, or null for the defaults.</param>
    /// <returns>The expression; a value that could not be read evaluates to an unknown value.</returns>
    public static JsonExpression ParseExpression(
        ReadOnlyMemory<byte> source,
        string fileName,
        DiagnosticBag diagnostics,
        SourcePos? start = null,
        HclParserOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(fileName);
        ArgumentNullException.ThrowIfNull(diagnostics);
        options ??= HclParserOptions.Default;
        var node = JsonParser.Parse(source, fileName, start ?? SourcePos.Start, options.MaxNestingDepth, diagnostics);
        return new JsonExpression(node, options);
    }
}
