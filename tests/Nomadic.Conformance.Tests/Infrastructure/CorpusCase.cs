using Xunit.Abstractions;

namespace Nomadic.Conformance.Tests.Infrastructure;

/// <summary>
/// One input file of the conformance corpus with the reference implementation's verdict beside it:
/// <c>X.json</c> (what it converts to) or <c>X.error</c> (the diagnostics it must be rejected with).
/// </summary>
/// <remarks>
/// Public, unlike the rest of the infrastructure, because xunit theories take it as a parameter (public test
/// methods need public parameter types). It implements <see cref="IXunitSerializable"/> so that every case is
/// its own test in the test explorer and in TRX files, displayed by its corpus-relative path.
/// </remarks>
public sealed class CorpusCase : IXunitSerializable
{
    /// <summary>Initializes a new instance of the <see cref="CorpusCase"/> class.</summary>
    /// <param name="relativePath">The input's path relative to the corpus root, with <c>/</c> separators.</param>
    /// <param name="inputPath">The input's full path.</param>
    /// <param name="expectedJsonPath">The full path of <c>X.json</c>, or <see langword="null"/>.</param>
    /// <param name="expectedErrorPath">The full path of <c>X.error</c>, or <see langword="null"/>.</param>
    public CorpusCase(string relativePath, string inputPath, string? expectedJsonPath, string? expectedErrorPath)
    {
        RelativePath = relativePath;
        InputPath = inputPath;
        ExpectedJsonPath = expectedJsonPath;
        ExpectedErrorPath = expectedErrorPath;
    }

    /// <summary>Initializes a new instance of the <see cref="CorpusCase"/> class for xunit's deserializer only.</summary>
    [Obsolete("Used by xunit to deserialize test cases; call the other constructor.")]
    public CorpusCase()
    {
        RelativePath = string.Empty;
        InputPath = string.Empty;
    }

    /// <summary>Gets the input's path relative to the corpus root, with <c>/</c> separators, e.g. <c>hcl/specsuite/x.hcl</c>.</summary>
    /// <remarks>This is also the file name prefix the reference implementation uses in its diagnostics.</remarks>
    public string RelativePath { get; private set; }

    /// <summary>Gets the input's full path.</summary>
    public string InputPath { get; private set; }

    /// <summary>Gets the full path of the expected HCL JSON (<c>X.json</c>), or <see langword="null"/> if the input must be rejected.</summary>
    public string? ExpectedJsonPath { get; private set; }

    /// <summary>Gets the full path of the expected diagnostics (<c>X.error</c>), or <see langword="null"/> if the input is valid.</summary>
    public string? ExpectedErrorPath { get; private set; }

    /// <summary>Reads the input file as UTF-8 text.</summary>
    /// <returns>The input's text.</returns>
    public string ReadInput() => File.ReadAllText(InputPath);

    /// <summary>Reads the expected HCL JSON.</summary>
    /// <returns>The text of <c>X.json</c>.</returns>
    /// <exception cref="InvalidOperationException">The case has no <c>X.json</c>.</exception>
    public string ReadExpectedJson() => File.ReadAllText(
        ExpectedJsonPath ?? throw new InvalidOperationException($"{RelativePath} has no .json: it is an error case."));

    /// <summary>Reads and parses the expected diagnostics.</summary>
    /// <returns>The diagnostics of <c>X.error</c>, in file order.</returns>
    /// <exception cref="InvalidOperationException">The case has no <c>X.error</c>.</exception>
    internal IReadOnlyList<ExpectedError> ReadExpectedErrors() => ExpectedErrorParser.Parse(
        File.ReadAllText(
            ExpectedErrorPath ?? throw new InvalidOperationException($"{RelativePath} has no .error: it is a JSON case.")),
        RelativePath);

    /// <inheritdoc />
    public void Deserialize(IXunitSerializationInfo info)
    {
        ArgumentNullException.ThrowIfNull(info);
        RelativePath = info.GetValue<string>(nameof(RelativePath));
        InputPath = info.GetValue<string>(nameof(InputPath));
        ExpectedJsonPath = info.GetValue<string?>(nameof(ExpectedJsonPath));
        ExpectedErrorPath = info.GetValue<string?>(nameof(ExpectedErrorPath));
    }

    /// <inheritdoc />
    public void Serialize(IXunitSerializationInfo info)
    {
        ArgumentNullException.ThrowIfNull(info);
        info.AddValue(nameof(RelativePath), RelativePath);
        info.AddValue(nameof(InputPath), InputPath);
        info.AddValue(nameof(ExpectedJsonPath), ExpectedJsonPath);
        info.AddValue(nameof(ExpectedErrorPath), ExpectedErrorPath);
    }

    /// <summary>Returns the corpus-relative path: what xunit shows as the test case's argument.</summary>
    /// <returns>The corpus-relative path.</returns>
    public override string ToString() => RelativePath;
}
