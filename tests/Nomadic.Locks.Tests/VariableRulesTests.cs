using CsCheck;

namespace Nomadic.Locks.Tests;

public sealed class VariableRulesTests
{
    private const string PathCharacters = "abcXYZ019-_~/";

    [Fact]
    public void Paths_of_allowed_characters_are_trimmed_and_accepted_unless_empty_or_reserved() =>
        Gen.String[Gen.Char[PathCharacters], 0, 140].Sample(path =>
        {
            var trimmed = path.Trim('/');
            if (trimmed.Length is 0 or > VariableRules.MaxPathLength)
            {
                Assert.Throws<InvalidVariableException>(() => VariableRules.NormalizePath(path));
            }
            else
            {
                Assert.Equal(trimmed, VariableRules.NormalizePath(path));
            }
        });

    [Fact]
    public void Any_other_character_is_rejected() =>
        Gen.Select(Gen.String[Gen.Char[PathCharacters], 1, 50], Gen.Char.Where(c => !char.IsAsciiLetterOrDigit(c) && !"-_~/".Contains(c)))
            .Sample((path, bad) => Assert.Throws<InvalidVariableException>(() => VariableRules.NormalizePath("a" + path + bad + "b")));

    [Theory]
    [InlineData("nomad")]
    [InlineData("nomad/other")]
    [InlineData("nomad/job-templates")]
    [InlineData("nomad/job-templates/x/y")]
    public void Reserved_paths_name_the_allowed_alternatives(string path)
    {
        var exception = Assert.Throws<InvalidVariableException>(() => VariableRules.NormalizePath(path));
        Assert.Contains("nomad/j", exception.Message);
    }

    [Theory]
    [InlineData("default", true)]
    [InlineData("team-a", true)]
    [InlineData("", false)]
    [InlineData("under_score", false)]
    [InlineData("*", false)]
    public void Namespace_names_follow_nomads_rules(string name, bool valid)
    {
        if (valid)
        {
            Assert.Equal(name, VariableRules.ValidateNamespace(name));
        }
        else
        {
            Assert.Throws<InvalidVariableException>(() => VariableRules.ValidateNamespace(name));
        }
    }

    [Fact]
    public void The_wildcard_namespace_is_accepted_only_where_queries_allow_it() =>
        Assert.Equal("*", VariableRules.ValidateNamespace("*", allowWildcard: true));

    [Fact]
    public void Item_keys_must_not_be_empty() =>
        Assert.Throws<InvalidVariableException>(() => VariableRules.ValidateItems(new Dictionary<string, string> { [""] = "v" }));
}
