using Nomadic.Conformance.Tests.Infrastructure;

namespace Nomadic.Conformance.Tests;

public sealed class CorpusLocatorTests : IDisposable
{
    private readonly DirectoryInfo _temp = Directory.CreateTempSubdirectory("nomadic-corpus-tests-");

    public void Dispose() => _temp.Delete(recursive: true);

    [Fact]
    public void The_corpus_of_this_run_is_found_and_has_both_kinds_of_cases()
    {
        Assert.True(Directory.Exists(CorpusLocator.CorpusDirectory));
        Assert.Contains(CorpusLocator.Cases, c => c.ExpectedJsonPath is not null);
        Assert.Contains(CorpusLocator.Cases, c => c.ExpectedErrorPath is not null);
        Assert.All(CorpusLocator.Cases, c => Assert.True(File.Exists(c.InputPath), c.InputPath));
    }

    [Fact]
    public void An_explicit_directory_wins()
    {
        var found = CorpusLocator.FindCorpusDirectory(_temp.FullName, "/nonexistent/start");

        Assert.Equal(_temp.FullName.TrimEnd('/'), found.TrimEnd('/'));
    }

    [Fact]
    public void An_explicit_directory_that_does_not_exist_is_an_error()
    {
        var missing = Path.Combine(_temp.FullName, "missing");

        var e = Assert.Throws<DirectoryNotFoundException>(() => CorpusLocator.FindCorpusDirectory(missing, _temp.FullName));
        Assert.Contains(CorpusLocator.EnvironmentVariable, e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Walking_up_finds_shared_corpus_beside_the_repository()
    {
        var corpus = Directory.CreateDirectory(Path.Combine(_temp.FullName, "shared", "corpus"));
        var binDir = Directory.CreateDirectory(Path.Combine(_temp.FullName, "repo", "tests", "X.Tests", "bin", "Release", "net10.0"));

        Assert.Equal(corpus.FullName, CorpusLocator.FindCorpusDirectory(null, binDir.FullName));
    }

    [Fact]
    public void Cases_are_inputs_with_a_json_or_error_sibling_sorted_by_relative_path()
    {
        Write("b.tf", "b.tf.error", "a.hcl", "a.hcl.json", "orphan.hcl", "README.md", "sub/d.nomad", "sub/d.nomad.json", "stray.json");

        var cases = CorpusLocator.EnumerateCases(_temp.FullName);

        Assert.Equal(["a.hcl", "b.tf", "sub/d.nomad"], cases.Select(c => c.RelativePath));
        Assert.Equal(Path.Combine(_temp.FullName, "a.hcl.json"), cases[0].ExpectedJsonPath);
        Assert.Null(cases[0].ExpectedErrorPath);
        Assert.Equal(Path.Combine(_temp.FullName, "b.tf.error"), cases[1].ExpectedErrorPath);
        Assert.Null(cases[1].ExpectedJsonPath);
        Assert.Equal(Path.Combine(_temp.FullName, "sub", "d.nomad"), cases[2].InputPath);
        Assert.Equal("sub/d.nomad", cases[2].ToString());
    }

    private void Write(params string[] relativePaths)
    {
        foreach (var relative in relativePaths)
        {
            var path = Path.Combine(_temp.FullName, relative);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, "{}");
        }
    }
}
