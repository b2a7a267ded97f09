using Nomadic.Hcl.Values;
using static Nomadic.Hcl.Tests.Functions.Fn;

namespace Nomadic.Hcl.Tests.Functions;

public class StringFunctionTests
{
    [Theory]
    [InlineData("upper", "hello", "HELLO")]
    [InlineData("upper", "алло!", "АЛЛО!")]
    [InlineData("upper", "i", "I")]
    [InlineData("lower", "HELLO", "hello")]
    [InlineData("lower", "АЛЛО!", "алло!")]
    [InlineData("lower", "I", "i")]
    [InlineData("strrev", "hello", "olleh")]
    [InlineData("strrev", "", "")]
    [InlineData("strrev", "a☃", "☃a")]
    [InlineData("strrev", "noël", "lëon")]
    [InlineData("strrev", "😸😾", "😾😸")]
    [InlineData("reverse", "abc", "cba")]
    [InlineData("title", "hello world", "Hello World")]
    [InlineData("title", "hello-world_x y.z", "Hello-World_x Y.Z")]
    [InlineData("title", "", "")]
    [InlineData("trimspace", "  hello\n\t ", "hello")]
    [InlineData("trimspace", "\u00a0 x \u2003", "x")]
    [InlineData("chomp", "hello\n", "hello")]
    [InlineData("chomp", "hello\r\n", "hello")]
    [InlineData("chomp", "hello\n\n\r\n", "hello")]
    [InlineData("chomp", "hel\nlo", "hel\nlo")]
    [InlineData("chomp", "hello", "hello")]
    public void OneStringArgument(string name, string input, string expected) => Same(S(expected), Call(name, S(input)));

    [Theory]
    [InlineData("trim", "?!hello?!", "!?", "hello")]
    [InlineData("trim", "foobar", "far", "oob")]
    [InlineData("trim", "   hello! world.!  ", "! ", "hello! world.")]
    [InlineData("trim", "☃☃x☃", "☃", "x")]
    [InlineData("trimprefix", "helloworld", "hello", "world")]
    [InlineData("trimprefix", "helloworld", "world", "helloworld")]
    [InlineData("trimprefix", "hellohello", "hello", "hello")]
    [InlineData("trimsuffix", "helloworld", "world", "hello")]
    [InlineData("trimsuffix", "helloworld", "hello", "helloworld")]
    public void TwoStringArguments(string name, string a, string b, string expected) => Same(S(expected), Call(name, S(a), S(b)));

    [Theory]
    [InlineData("hello", "l", "L", "heLLo")]
    [InlineData("1 + 2 + 3", "+", "-", "1 - 2 - 3")]
    [InlineData("hello", "/l/", "L", "hello")]
    [InlineData("abc", "", "-", "-a-b-c-")]
    [InlineData("hello", "x", "y", "hello")]
    public void ReplaceIsLiteral(string str, string substr, string replacement, string expected) =>
        Same(S(expected), Call("replace", S(str), S(substr), S(replacement)));

    [Theory]
    [InlineData("hello", 5)]
    [InlineData("", 0)]
    [InlineData("Здравствуй", 10)]
    [InlineData("noe\u0308l", 4)]
    [InlineData("😸😾", 2)]
    [InlineData("💃🏿", 1)]
    [InlineData("a\r\nb", 3)]
    public void StrlenCountsGraphemes(string input, long expected) => Same(N(expected), Call("strlen", S(input)));

    [Fact]
    public void StrlenOfUnknownIsUnknownNumber() => Same(Unknown(HclType.Number), Call("strlen", Unknown(HclType.String)));

    [Theory]
    [InlineData("hello world", 1, 4, "ello")]
    [InlineData("🤔🤷", 0, 1, "🤔")]
    [InlineData("hello world", 0, 5, "hello")]
    [InlineData("hello world", 6, -1, "world")]
    [InlineData("hello world", -5, -1, "world")]
    [InlineData("hello world", -5, 3, "wor")]
    [InlineData("hello world", 0, 0, "")]
    [InlineData("hello world", 11, 1, "")]
    [InlineData("hello world", 12, 1, "")]
    [InlineData("hello world", 3, 100, "lo world")]
    [InlineData("noe\u0308l", 2, 1, "e\u0308")]
    [InlineData("hello world", -3, 0, "rld")]
    public void Substr(string input, long offset, long length, string expected) =>
        Same(S(expected), Call("substr", S(input), N(offset), N(length)));

    [Theory]
    [InlineData(",", "a,b,c", new[] { "a", "b", "c" })]
    [InlineData(",", "abc", new[] { "abc" })]
    [InlineData(",", "", new[] { "" })]
    [InlineData(",", "a,,b", new[] { "a", "", "b" })]
    [InlineData(", ", "foo, bar, baz", new[] { "foo", "bar", "baz" })]
    [InlineData("", "abc", new[] { "a", "b", "c" })]
    public void Split(string separator, string input, string[] expected) => Same(Strings(expected), Call("split", S(separator), S(input)));

    [Fact]
    public void SplitOfEmptyWithEmptySeparatorIsEmptyList() => Same(Strings(), Call("split", S(string.Empty), S(string.Empty)));

    [Theory]
    [InlineData(", ", new[] { "foo", "bar", "baz" }, "foo, bar, baz")]
    [InlineData(", ", new[] { "foo" }, "foo")]
    [InlineData("-", new string[0], "")]
    public void Join(string separator, string[] items, string expected) => Same(S(expected), Call("join", S(separator), Strings(items)));

    [Fact]
    public void JoinManyLists() => Same(S("a-b-c"), Call("join", S("-"), Strings("a"), Strings("b", "c")));

    [Fact]
    public void JoinAcceptsTuplesOfConvertibleValues() => Same(S("1-true-x"), Call("join", S("-"), J("[1, true, \"x\"]")));

    [Fact]
    public void JoinNeedsAList() => Assert.Equal("at least one list is required", Fails("join", S(",")).Message);

    [Fact]
    public void JoinRejectsNullElements()
    {
        var list = HclValue.List([S("a"), HclValue.Null(HclType.String)]);
        var e = Fails("join", S(","), list);
        Assert.Equal("element 1 is null; cannot concatenate null values", e.Message);
        Assert.Equal(1, e.ArgumentIndex);
        Assert.Equal("element 1 of list 2 is null; cannot concatenate null values", Fails("join", S(","), Strings("x"), list).Message);
    }

    [Fact]
    public void JoinWithUnknownElementIsUnknown() =>
        Same(Unknown(HclType.String), Call("join", S(","), HclValue.List([S("a"), Unknown(HclType.String)])));

    [Theory]
    [InlineData(new[] { "b", "a", "c" }, new[] { "a", "b", "c" })]
    [InlineData(new[] { "10", "9", "1" }, new[] { "1", "10", "9" })]
    [InlineData(new[] { "é", "z", "Z" }, new[] { "Z", "z", "é" })]
    [InlineData(new string[0], new string[0])]
    public void SortIsLexical(string[] input, string[] expected) => Same(Strings(expected), Call("sort", Strings(input)));

    [Fact]
    public void SortWithUnknownElementIsUnknownList() =>
        Same(Unknown(HclType.List(HclType.String)), Call("sort", HclValue.List([S("a"), Unknown(HclType.String)])));

    [Fact]
    public void SortRejectsNullElements() =>
        Assert.Equal("given list element 1 is null; a null string cannot be sorted", Fails("sort", HclValue.List([S("a"), HclValue.Null(HclType.String)])).Message);

    [Theory]
    [InlineData(2, "a\nb\nc", "a\n  b\n  c")]
    [InlineData(0, "a\nb", "a\nb")]
    [InlineData(4, "single", "single")]
    public void Indent(long spaces, string input, string expected) => Same(S(expected), Call("indent", N(spaces), S(input)));

    [Fact]
    public void ReverseRejectsLists() => Assert.NotNull(Fails("reverse", Strings("a", "b")));

    [Fact]
    public void UpperOfUnknownIsUnknownString() => Same(Unknown(HclType.String), Call("upper", HclValue.DynamicUnknown));

    [Fact]
    public void UpperConvertsNumbers() => Same(S("5"), Call("upper", N(5)));
}
