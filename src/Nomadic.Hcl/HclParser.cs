using System.Text;
using Nomadic.Hcl.Syntax;

namespace Nomadic.Hcl;

/// <summary>Parses configuration files and expressions into the syntax-independent <see cref="IHclBody"/> and <see cref="IHclExpression"/>.</summary>
public static class HclParser
{
    /// <summary>
    /// Parses a configuration file of either syntax: HCL JSON when the file name ends in <c>.json</c> or the first
    /// non-space byte is <c>{</c> (as Nomad decides), native syntax otherwise.
    /// </summary>
    /// <param name="source">The UTF-8 source.</param>
    /// <param name="fileName">The file name for ranges and diagnostics.</param>
    /// <param name="options">Parser limits, or null for the defaults.</param>
    /// <returns>The file; its body is usable even when there are errors.</returns>
    public static HclFile Parse(ReadOnlyMemory<byte> source, string fileName, HclParserOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(fileName);
        return IsJson(source.Span, fileName) ? Json.HclJson.ParseFile(source, fileName, options) : ParseNative(source, fileName, options);
    }

    /// <summary>Parses an HCL JSON configuration file.</summary>
    /// <param name="source">The UTF-8 source.</param>
    /// <param name="fileName">The file name for ranges and diagnostics.</param>
    /// <param name="options">Parser limits, or null for the defaults.</param>
    /// <returns>The file; its body is usable even when there are errors.</returns>
    public static HclFile ParseJson(ReadOnlyMemory<byte> source, string fileName, HclParserOptions? options = null) =>
        Json.HclJson.ParseFile(source, fileName, options);

    private static bool IsJson(ReadOnlySpan<byte> source, string fileName)
    {
        if (fileName.EndsWith(".json", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        var trimmed = source.TrimStart(" \t\r\n"u8);
        return trimmed.Length > 0 && trimmed[0] == '{';
    }

    /// <summary>Parses a native-syntax configuration file.</summary>
    /// <param name="source">The UTF-8 source.</param>
    /// <param name="fileName">The file name for ranges and diagnostics.</param>
    /// <param name="options">Parser limits, or null for the defaults.</param>
    /// <returns>The file; its body is usable even when there are errors.</returns>
    public static HclFile ParseNative(ReadOnlyMemory<byte> source, string fileName, HclParserOptions? options = null)
    {
        var tree = HclSyntax.ParseConfig(source, fileName, options);
        return new HclFile(fileName, new NativeBody(tree.Root), tree.Diagnostics);
    }

    /// <summary>Parses a native-syntax expression, such as a command-line value.</summary>
    /// <param name="text">The expression text.</param>
    /// <param name="fileName">The name to use in ranges and diagnostics.</param>
    /// <param name="diagnostics">Receives syntax errors.</param>
    /// <param name="options">Parser limits, or null for the defaults.</param>
    /// <returns>The expression; an invalid expression evaluates to an unknown value.</returns>
    public static IHclExpression ParseExpression(string text, string fileName, DiagnosticBag diagnostics, HclParserOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(diagnostics);
        var tree = HclSyntax.ParseExpression(Encoding.UTF8.GetBytes(text), fileName, null, options);
        diagnostics.AddRange(tree.Diagnostics);
        return new NativeExpression(tree.Root);
    }

    /// <summary>Parses a bare template, such as the text of a file rendered with variables.</summary>
    /// <param name="text">The template text.</param>
    /// <param name="fileName">The name to use in ranges and diagnostics.</param>
    /// <param name="diagnostics">Receives syntax errors.</param>
    /// <param name="options">Parser limits, or null for the defaults.</param>
    /// <returns>The template as an expression whose value is a string (or the single interpolated value).</returns>
    public static IHclExpression ParseTemplate(string text, string fileName, DiagnosticBag diagnostics, HclParserOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(diagnostics);
        var tree = HclSyntax.ParseTemplate(Encoding.UTF8.GetBytes(text), fileName, null, options);
        diagnostics.AddRange(tree.Diagnostics);
        return new NativeExpression(tree.Root);
    }
}
