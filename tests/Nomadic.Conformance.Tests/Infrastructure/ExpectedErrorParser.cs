using System.Globalization;
using System.Text.RegularExpressions;

namespace Nomadic.Conformance.Tests.Infrastructure;

/// <summary>
/// Parses a corpus <c>.error</c> file:
/// <c>parse config: [FILE:L,C-C: summary; detail FILE:L,C-L,C: summary; detail ...]</c>,
/// where <c>FILE</c> is the input's corpus-relative path and <c>L,C-C</c> is a range on one line.
/// </summary>
internal static partial class ExpectedErrorParser
{
    private const string Prefix = "parse config:";

    /// <summary>Parses the text of an <c>.error</c> file.</summary>
    /// <param name="text">The file's text.</param>
    /// <param name="fileName">
    /// The file name the diagnostics carry (the corpus-relative path); <see langword="null"/> to take it from the first entry.
    /// </param>
    /// <returns>The diagnostics in file order.</returns>
    /// <exception cref="FormatException">The text holds no diagnostic in the expected shape.</exception>
    public static IReadOnlyList<ExpectedError> Parse(string text, string? fileName = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        var body = text.Trim();
        if (body.StartsWith(Prefix, StringComparison.Ordinal))
        {
            body = body[Prefix.Length..].TrimStart();
        }

        if (body.StartsWith('[') && body.EndsWith(']'))
        {
            body = body[1..^1];
        }

        fileName ??= FirstFileName().Match(body) is { Success: true } first
            ? first.Groups["file"].Value
            : throw new FormatException($"No diagnostic of the form 'FILE:LINE,COL-COL: summary; detail' in: {Shorten(text)}");

        var entry = new Regex(
            Regex.Escape(fileName) + @":(?<l1>\d+),(?<c1>\d+)-(?:(?<l2>\d+),)?(?<c2>\d+): ",
            RegexOptions.CultureInvariant,
            TimeSpan.FromSeconds(5));
        var matches = entry.Matches(body);
        if (matches.Count == 0 || matches[0].Index != 0)
        {
            throw new FormatException(
                $"The diagnostics do not start with '{fileName}:LINE,COL-COL: ' as expected: {Shorten(text)}");
        }

        var errors = new List<ExpectedError>(matches.Count);
        for (var i = 0; i < matches.Count; i++)
        {
            var m = matches[i];
            var textStart = m.Index + m.Length;
            var textEnd = i + 1 < matches.Count ? matches[i + 1].Index : body.Length;
            var message = body[textStart..textEnd].TrimEnd();
            var separator = message.IndexOf("; ", StringComparison.Ordinal);
            var summary = separator < 0 ? message : message[..separator];
            var detail = separator < 0 ? string.Empty : message[(separator + 2)..];

            var startLine = ToInt(m.Groups["l1"].Value);
            var endLine = m.Groups["l2"].Success ? ToInt(m.Groups["l2"].Value) : startLine;
            errors.Add(new ExpectedError(startLine, ToInt(m.Groups["c1"].Value), endLine, ToInt(m.Groups["c2"].Value), summary, detail));
        }

        return errors;
    }

    private static int ToInt(string digits) => int.Parse(digits, NumberStyles.None, CultureInfo.InvariantCulture);

    private static string Shorten(string text) => text.Length <= 200 ? text : text[..200] + "...";

    [GeneratedRegex(@"^(?<file>[^\s:\[\]]+):\d+,\d+-", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 5000)]
    private static partial Regex FirstFileName();
}
