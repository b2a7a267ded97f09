using System.Collections;

namespace Nomadic.Hcl;

/// <summary>An ordered, appendable list of <see cref="Diagnostic"/>s collected while parsing, decoding or evaluating.</summary>
public sealed class DiagnosticBag : IReadOnlyList<Diagnostic>
{
    private readonly List<Diagnostic> _items = [];

    /// <summary>Gets a value indicating whether any diagnostic is an error.</summary>
    public bool HasErrors { get; private set; }

    /// <inheritdoc />
    public int Count => _items.Count;

    /// <inheritdoc />
    public Diagnostic this[int index] => _items[index];

    /// <summary>Adds a diagnostic.</summary>
    /// <param name="diagnostic">The diagnostic to add.</param>
    public void Add(Diagnostic diagnostic)
    {
        ArgumentNullException.ThrowIfNull(diagnostic);
        _items.Add(diagnostic);
        HasErrors |= diagnostic.Severity == DiagnosticSeverity.Error;
    }

    /// <summary>Adds every diagnostic of a sequence.</summary>
    /// <param name="diagnostics">The diagnostics to add.</param>
    public void AddRange(IEnumerable<Diagnostic> diagnostics)
    {
        ArgumentNullException.ThrowIfNull(diagnostics);
        foreach (var d in diagnostics)
        {
            Add(d);
        }
    }

    /// <summary>Adds an error.</summary>
    /// <param name="subject">Where the problem is.</param>
    /// <param name="summary">A short sentence naming the problem.</param>
    /// <param name="detail">A longer explanation.</param>
    public void Error(SourceRange? subject, string summary, string detail) => Add(Diagnostic.Error(subject, summary, detail));

    /// <summary>Adds a warning.</summary>
    /// <param name="subject">Where the problem is.</param>
    /// <param name="summary">A short sentence naming the problem.</param>
    /// <param name="detail">A longer explanation.</param>
    public void Warning(SourceRange? subject, string summary, string detail) => Add(Diagnostic.Warning(subject, summary, detail));

    /// <summary>Throws <see cref="HclException"/> carrying these diagnostics when any of them is an error.</summary>
    /// <exception cref="HclException">At least one diagnostic is an error.</exception>
    public void ThrowIfErrors()
    {
        if (HasErrors)
        {
            throw new HclException(this);
        }
    }

    /// <inheritdoc />
    public IEnumerator<Diagnostic> GetEnumerator() => _items.GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    /// <summary>Formats every diagnostic, one per line.</summary>
    /// <returns>The diagnostics as text.</returns>
    public override string ToString() => string.Join(Environment.NewLine, _items);
}
