using Nomadic.Hcl.Functions;
using Nomadic.Hcl.Values;
using static Nomadic.Hcl.Tests.Functions.Fn;

namespace Nomadic.Hcl.Tests.Functions;

public class RegexFunctionTests
{
    [Theory]
    [InlineData("hello", "l+", "L", "heLo")]
    [InlineData("hello world", "(\\w+) (\\w+)", "$2 $1", "world hello")]
    [InlineData("hello world", "(?P<first>\\w+) (?P<second>\\w+)", "${second}-${first}", "world-hello")]
    [InlineData("abc", "b", "$$", "a$c")]
    [InlineData("abc", "(b)", "$1x", "ac")]
    [InlineData("abc", "(b)", "${1}x", "abxc")]
    [InlineData("baaac", "a*", "-", "-b-c-")]
    [InlineData("aaa", "", "-", "-a-a-a-")]
    [InlineData("line1\nline2", "^line", "L", "L1\nline2")]
    [InlineData("line1\nline2", "(?m)^line", "L", "L1\nL2")]
    [InlineData("ab\n", "b$", "X", "ab\n")]
    [InlineData("ab\n", "(?m)b$", "X", "aX\n")]
    [InlineData("x١y", "\\d", "#", "x١y")]
    [InlineData("a.b", "\\Q.\\E", "!", "a!b")]
    [InlineData("abc", "[[:alpha:]]+", "w", "w")]
    [InlineData("AbC", "(?i)abc", "ok", "ok")]
    public void RegexReplace(string input, string pattern, string replacement, string expected) =>
        Same(S(expected), Call("regex_replace", S(input), S(pattern), S(replacement)));

    [Theory]
    [InlineData("(a")]
    [InlineData("a(?=b)")]
    [InlineData("(a)\\1")]
    [InlineData("[a")]
    public void RegexReplaceRejectsInvalidRe2(string pattern)
    {
        var e = Fails("regex_replace", S("a"), S(pattern), S("b"));
        Assert.StartsWith("error parsing regexp: ", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void RegexWithoutGroupsReturnsTheMatch() => Same(S("ello"), Call("regex", S("[a-z]+"), S("Hello world")));

    [Fact]
    public void RegexWithUnnamedGroupsReturnsTuple() =>
        Same(Tuple(S("2019"), S("02"), S("01")), Call("regex", S("(\\d\\d\\d\\d)-(\\d\\d)-(\\d\\d)"), S("2019-02-01")));

    [Fact]
    public void RegexWithNamedGroupsReturnsObject() =>
        Same(
            Object(("scheme", S("https")), ("host", S("example.com")), ("path", S("/x"))),
            Call("regex", S("^(?:(?P<scheme>[^:/?#]+):)?(?://(?P<host>[^/?#]*))?(?P<path>[^?#]*)"), S("https://example.com/x")));

    [Fact]
    public void RegexUnmatchedOptionalGroupIsNull() =>
        Same(Tuple(S("a"), HclValue.Null(HclType.String)), Call("regex", S("(a)(b)?"), S("a")));

    [Fact]
    public void RegexWithoutMatchIsAnError() =>
        Assert.Equal("pattern did not match any part of the given string", Fails("regex", S("z"), S("abc")).Message);

    [Fact]
    public void RegexRejectsMixedGroups()
    {
        var e = Fails("regex", S("(?P<a>x)(y)"), S("xy"));
        Assert.Equal("invalid regexp pattern: cannot mix both named and unnamed capture groups", e.Message);
        Assert.Equal(0, e.ArgumentIndex);
    }

    [Fact]
    public void RegexRejectsBackReferences() =>
        Assert.Equal("invalid regexp pattern: invalid escape sequence in \\1", Fails("regex", S("(a)\\1"), S("aa")).Message);

    [Fact]
    public void RegexRejectsLookahead() =>
        Assert.Equal("invalid regexp pattern: invalid or unsupported Perl syntax in (?=", Fails("regex", S("a(?=b)"), S("ab")).Message);

    [Fact]
    public void RegexAllListsEveryMatch() =>
        Same(Strings("1", "2", "3"), Call("regexall", S("[0-9]+"), S("a1b2c3")));

    [Fact]
    public void RegexAllWithoutMatchIsEmpty() => Same(Strings(), Call("regexall", S("[0-9]+"), S("abc")));

    [Fact]
    public void RegexAllWithGroups() =>
        Same(HclValue.List([Tuple(S("a"), S("1")), Tuple(S("b"), S("2"))]), Call("regexall", S("([a-z])=(\\d)"), S("a=1, b=2")));

    [Fact]
    public void RegexAllSkipsEmptyMatchesAfterAMatch() =>
        Same(Strings(string.Empty, "aaa", string.Empty), Call("regexall", S("a*"), S("baaac")));

    [Fact]
    public void UnknownPatternGivesUnknownOfUnknownType() =>
        Same(HclValue.DynamicUnknown, Call("regex", Unknown(HclType.String), S("x")));

    [Fact]
    public void KnownPatternWithUnknownStringHasTheResultType() =>
        Same(Unknown(HclType.Tuple([HclType.String])), Call("regex", S("(a)"), Unknown(HclType.String)));

    [Fact]
    public void NomadDoesNotRegisterRegexByDefault()
    {
        var lib = HclStandardLibrary.Create();
        Assert.False(lib.ContainsKey("regex"));
        Assert.False(lib.ContainsKey("regexall"));
        Assert.True(lib.ContainsKey("regex_replace"));
    }
}
