using Nomadic.Hcl.Values;
using static Nomadic.Hcl.Tests.Functions.Fn;

namespace Nomadic.Hcl.Tests.Functions;

public class FormatFunctionTests
{
    [Theory]
    [InlineData("", "[]", "")]
    [InlineData("hello", "[]", "hello")]
    [InlineData("100%% successful", "[]", "100% successful")]
    [InlineData("100%%", "[]", "100%")]
    [InlineData("string %v", "[\"hello\"]", "string hello")]
    [InlineData("string %[2]v", "[true, \"hello\"]", "string hello")]
    [InlineData("string %#v", "[\"hello\"]", "string \"hello\"")]
    [InlineData("number %v", "[2]", "number 2")]
    [InlineData("number %#v", "[2]", "number 2")]
    [InlineData("bool %v", "[true]", "bool true")]
    [InlineData("bool %#v", "[true]", "bool true")]
    [InlineData("object %v", "[{}]", "object {}")]
    [InlineData("tuple %v", "[[]]", "tuple []")]
    [InlineData("%%%v", "[false]", "%false")]
    [InlineData("%v", "[null]", "null")]
    [InlineData("%v", "[{\"a\": [1, \"<b>\"]}]", "{\"a\":[1,\"\\u003cb\\u003e\"]}")]
    [InlineData("%v", "[1234567]", "1.234567e+06")]
    [InlineData("%v", "[0.0001]", "0.0001")]
    [InlineData("%v", "[0.00001]", "1e-05")]
    [InlineData("%5v|", "[12]", "   12|")]
    [InlineData("Hello, %s!", "[\"Ermintrude\"]", "Hello, Ermintrude!")]
    [InlineData("Hello, %[2]s!", "[\"Stephen\", \"Ermintrude\"]", "Hello, Ermintrude!")]
    [InlineData("Hello, %q... if that _is_ your real name!", "[\"Ermintrude\"]", "Hello, \"Ermintrude\"... if that _is_ your real name!")]
    [InlineData("This statement is %s", "[false]", "This statement is false")]
    [InlineData("This statement is %q", "[false]", "This statement is \"false\"")]
    [InlineData("%10s", "[\"hello\"]", "     hello")]
    [InlineData("%-10s", "[\"hello\"]", "hello     ")]
    [InlineData("%4s", "[\"💃🏿\"]", "   💃🏿")]
    [InlineData("%-4s", "[\"💃🏿\"]", "💃🏿   ")]
    [InlineData("%q", "[\"💃🏿\"]", "\"💃🏿\"")]
    [InlineData("%6q", "[\"💃🏿\"]", "   \"💃🏿\"")]
    [InlineData("%.2s", "[\"hello\"]", "he")]
    [InlineData("%.2q", "[\"hello\"]", "\"he\"")]
    [InlineData("%.5s", "[\"日本語日本語\"]", "日本語日本")]
    [InlineData("%.1q", "[\"日本語日本語\"]", "\"日\"")]
    [InlineData("%.10s", "[\"hello\"]", "hello")]
    [InlineData("%4.2s", "[\"hello\"]", "  he")]
    [InlineData("%6.2q", "[\"hello\"]", "  \"he\"")]
    [InlineData("%-4.2s", "[\"hello\"]", "he  ")]
    [InlineData("%q", "[\"Hello\\nWorld\"]", "\"Hello\\nWorld\"")]
    [InlineData("%q", "[\"a<b>&c\"]", "\"a\\u003cb\\u003e\\u0026c\"")]
    [InlineData("%05s", "[\"ab\"]", "000ab")]
    [InlineData("This statement is %t", "[false]", "This statement is false")]
    [InlineData("This statement is %[2]t", "[true, false]", "This statement is false")]
    [InlineData("This statement is %t", "[true]", "This statement is true")]
    [InlineData("This statement is %t", "[\"false\"]", "This statement is false")]
    [InlineData("%d green bottles standing on the wall", "[10]", "10 green bottles standing on the wall")]
    [InlineData("%[2]d things", "[1, 10]", "10 things")]
    [InlineData("%+d green bottles", "[10]", "+10 green bottles")]
    [InlineData("% d green bottles", "[10]", " 10 green bottles")]
    [InlineData("%5d green bottles", "[10]", "   10 green bottles")]
    [InlineData("%-5d green bottles", "[10]", "10    green bottles")]
    [InlineData("%05d", "[-42]", "-0042")]
    [InlineData("%.3d", "[7]", "007")]
    [InlineData("%d", "[\"12\"]", "12")]
    [InlineData("%d", "[123456789012345678901234567890]", "123456789012345678901234567890")]
    [InlineData("%b", "[5]", "101")]
    [InlineData("%o", "[9]", "11")]
    [InlineData("%#o", "[9]", "011")]
    [InlineData("%x", "[254]", "fe")]
    [InlineData("%X", "[254]", "FE")]
    [InlineData("%#x", "[255]", "0xff")]
    [InlineData("%08X", "[3054]", "00000BEE")]
    [InlineData("%x", "[-255]", "-ff")]
    [InlineData("%f things", "[10]", "10.000000 things")]
    [InlineData("%[2]f things", "[1, 10]", "10.000000 things")]
    [InlineData("%+f things", "[10]", "+10.000000 things")]
    [InlineData("% f things", "[10]", " 10.000000 things")]
    [InlineData("%+f things", "[-10]", "-10.000000 things")]
    [InlineData("% f things", "[-10]", "-10.000000 things")]
    [InlineData("%f things", "[\"100000000000000000000000000000000000001\"]", "100000000000000000000000000000000000001.000000 things")]
    [InlineData("%f things", "[\"1.00000000000000000000000000000000000001\"]", "1.000000 things")]
    [InlineData("%.4f things", "[\"1.00000000000000000000000000000000000001\"]", "1.0000 things")]
    [InlineData("%.1f things", "[\"1.06\"]", "1.1 things")]
    [InlineData("%.2f", "[3.14159]", "3.14")]
    [InlineData("%.0f", "[2.5]", "2")]
    [InlineData("%.0f", "[3.5]", "4")]
    [InlineData("%.2f", "[0.125]", "0.12")]
    [InlineData("%8.3f|", "[3.14159]", "   3.142|")]
    [InlineData("%-8.3f|", "[3.14159]", "3.142   |")]
    [InlineData("%08.3f", "[-3.14159]", "-003.142")]
    [InlineData("%e things", "[1000]", "1.000000e+03 things")]
    [InlineData("%E things", "[1000]", "1.000000E+03 things")]
    [InlineData("%.2e", "[123456]", "1.23e+05")]
    [InlineData("%e", "[0]", "0.000000e+00")]
    [InlineData("%g things", "[1000]", "1000 things")]
    [InlineData("%G things", "[1000]", "1000 things")]
    [InlineData("%g things", "[\"0.00000000000000000000001\"]", "1e-23 things")]
    [InlineData("%G things", "[\"0.00000000000000000000001\"]", "1E-23 things")]
    [InlineData("%.3g", "[3.14159]", "3.14")]
    [InlineData("%.3g", "[1234567]", "1.23e+06")]
    [InlineData("%g", "[100000000]", "1e+08")]
    public void Formats(string format, string args, string expected) =>
        Same(S(expected), Call("format", [S(format), .. J(args).Elements]));

    [Theory]
    [InlineData("%s", "[null]", "unsupported value for \"%s\" at 0: null value cannot be formatted")]
    [InlineData("This statement is %t", "[null]", "unsupported value for \"%t\" at 18: null value cannot be formatted")]
    [InlineData("%d green bottles", "[true]", "unsupported value for \"%d\" at 0: number required, but have bool")]
    [InlineData("%d green bottles", "[null]", "unsupported value for \"%d\" at 0: null value cannot be formatted")]
    [InlineData("%d", "[1.5]", "unsupported value for \"%d\" at 0: an integer is required")]
    [InlineData("%s is not in the args list", "[]", "not enough arguments for \"%s\" at 0: need index 1 but have 0 total")]
    [InlineData("%[3]s is not in the args list", "[true, true]", "not enough arguments for \"%[3]s\" at 0: need index 3 but have 2 total")]
    [InlineData("%[0]s is not valid because args are 1-based", "[true, true]", "unrecognized format character '0' at offset 2")]
    [InlineData("%v %v %v", "[true, true]", "not enough arguments for \"%v\" at 6: need index 3 but have 2 total")]
    [InlineData("%z is not a valid sequence", "[10]", "unsupported format verb 'z' in \"%z\" at offset 0")]
    [InlineData("%#z is not a valid sequence", "[10]", "unsupported format verb 'z' in \"%#z\" at offset 0")]
    [InlineData("%012z is not a valid sequence", "[10]", "unsupported format verb 'z' in \"%012z\" at offset 0")]
    [InlineData("%☠ is not a valid sequence", "[10]", "unrecognized format character '☠' at offset 1")]
    [InlineData("%💃🏿 is not a valid sequence", "[10]", "unrecognized format character '💃' at offset 1")]
    [InlineData("no format verbs at all", "[10]", "too many arguments; no verbs in format string")]
    [InlineData("only one verb %d", "[10, 11]", "too many arguments; only 1 used by format string")]
    [InlineData("%s", "[{}]", "unsupported value for \"%s\" at 0: string required, but have object")]
    public void Rejects(string format, string args, string message) =>
        Assert.Equal(message, Assert.Throws<Nomadic.Hcl.Functions.HclFunctionException>(() => Call("format", [S(format), .. J(args).Elements])).Message);

    [Fact]
    public void TooManyArgumentsNamesTheFirstExtraArgument()
    {
        Assert.Equal(1, Fails("format", S("x"), N(1)).ArgumentIndex);
        Assert.Equal(2, Fails("format", S("%d"), N(1), N(2)).ArgumentIndex);
    }

    [Fact]
    public void NullFormatIsRejected() => Assert.Equal("argument must not be null", Fails("format", HclValue.Null(HclType.String), N(10)).Message);

    [Fact]
    public void UnknownArgumentGivesUnknownString()
    {
        Same(Unknown(HclType.String), Call("format", S("Hello, %s!"), Unknown(HclType.String)));
        Same(Unknown(HclType.String), Call("format", S("%v"), HclValue.DynamicUnknown));
        Same(Unknown(HclType.String), Call("format", S("tuple %v"), Tuple(Unknown(HclType.String))));
        Same(Unknown(HclType.String), Call("format", Unknown(HclType.String), HclValue.True));
    }

    [Fact]
    public void FormatListIteratesLists() =>
        Same(Strings("Hello, Valentina!", "Hello, Ander!", "Hello, Olivia!", "Hello, Sam!"),
            Call("formatlist", S("Hello, %s!"), Strings("Valentina", "Ander", "Olivia", "Sam")));

    [Fact]
    public void FormatListRepeatsScalars() =>
        Same(Strings("Hello, Valentina!", "Hello, Ander!"), Call("formatlist", S("%s, %s!"), S("Hello"), Strings("Valentina", "Ander")));

    [Fact]
    public void FormatListZipsSeveralLists() =>
        Same(Strings("a=1", "b=2"), Call("formatlist", S("%s=%d"), Strings("a", "b"), Numbers(1, 2)));

    [Fact]
    public void FormatListWithoutArgumentsFormatsOnce() => Same(Strings("x"), Call("formatlist", S("x")));

    [Fact]
    public void FormatListOfEmptyListIsEmpty() => Same(Strings(), Call("formatlist", S("%s"), Strings()));

    [Fact]
    public void FormatListRejectsMismatchedLengths()
    {
        var e = Fails("formatlist", S("%s %s"), Strings("a", "b"), Strings("c"));
        Assert.Equal("argument 2 has length 1, which is inconsistent with argument 1 of length 2", e.Message);
        Assert.Equal(2, e.ArgumentIndex);
    }

    [Fact]
    public void FormatListWrapsIterationErrors() =>
        Assert.Equal("error on format iteration 0: unsupported value for \"%s\" at 0: string required, but have object",
            Fails("formatlist", S("%s"), HclValue.Tuple([HclValue.EmptyObject])).Message);

    [Fact]
    public void FormatListWithUnknownListIsUnknown() =>
        Same(Unknown(HclType.List(HclType.String)), Call("formatlist", S("%s"), Unknown(HclType.List(HclType.String))));

    [Fact]
    public void FormatListWithUnknownElementHasUnknownElement() =>
        Same(HclValue.List([S("a"), Unknown(HclType.String)]), Call("formatlist", S("%s"), HclValue.List([S("a"), Unknown(HclType.String)])));
}
