using Nomadic.Hcl.Values;
using static Nomadic.Hcl.Tests.Functions.Fn;

namespace Nomadic.Hcl.Tests.Functions;

public class EncodingFunctionTests
{
    [Theory]
    [InlineData("abc123!?$*&()'-=@~", "YWJjMTIzIT8kKiYoKSctPUB+")]
    [InlineData("", "")]
    [InlineData("Hello World", "SGVsbG8gV29ybGQ=")]
    [InlineData("☃", "4piD")]
    public void Base64RoundTrip(string plain, string encoded)
    {
        Same(S(encoded), Call("base64encode", S(plain)));
        Same(S(plain), Call("base64decode", S(encoded)));
    }

    [Fact]
    public void Base64DecodeIgnoresLineBreaks() => Same(S("Hello World"), Call("base64decode", S("SGVsbG8g\nV29ybGQ=")));

    [Theory]
    [InlineData("this-is-an-invalid-base64-data")]
    [InlineData("SGVsbG8")]
    [InlineData("SGVs bG8=")]
    public void Base64DecodeRejectsInvalidData(string input) =>
        Assert.Equal($"failed to decode base64 data '{input}'", Fails("base64decode", S(input)).Message);

    [Fact]
    public void Base64DecodeRejectsInvalidUtf8() =>
        Assert.Equal("the result of decoding the the provided string is not valid UTF-8", Fails("base64decode", S("wyg=")).Message);

    [Theory]
    [InlineData("abc123-_", "abc123-_")]
    [InlineData("foo:bar@localhost?foo=bar&bar=baz", "foo%3Abar%40localhost%3Ffoo%3Dbar%26bar%3Dbaz")]
    [InlineData("mailto:email?subject=this+is+my+subject", "mailto%3Aemail%3Fsubject%3Dthis%2Bis%2Bmy%2Bsubject")]
    [InlineData("foo/bar", "foo%2Fbar")]
    [InlineData("a b~.", "a+b~.")]
    [InlineData("☃", "%E2%98%83")]
    public void UrlEncode(string input, string expected) => Same(S(expected), Call("urlencode", S(input)));

    [Theory]
    [InlineData("{\"hello\":\"world\"}")]
    [InlineData("[1,2.5,true,null,\"x\"]")]
    [InlineData("\"\\u003cb\\u003e \\u0026 \\u2028\"")]
    [InlineData("123456789012345678901234567890.123456789")]
    [InlineData("{\"a\":{\"b\":[]},\"c\":{}}")]
    [InlineData("\"tab\\tnew\\nline\\u0001\\b\\f\"")]
    public void JsonRoundTripsExactly(string json) => Same(S(json), Call("jsonencode", Call("jsondecode", S(json))));

    [Fact]
    public void JsonEncodeEscapesHtml() => Same(S("\"\\u003c\\u003e\\u0026\""), Call("jsonencode", S("<>&")));

    [Fact]
    public void JsonEncodeOfNull() => Same(S("null"), Call("jsonencode", HclValue.NullDynamic));

    [Fact]
    public void JsonEncodeOfSetAndMap() =>
        Same(S("[{\"a\":\"b\"}]"), Call("jsonencode", HclValue.Set([StringMap(("a", "b"))])));

    [Fact]
    public void JsonEncodeOfUnknownIsUnknown() => Same(Unknown(HclType.String), Call("jsonencode", HclValue.List([Unknown(HclType.String)])));

    [Fact]
    public void JsonDecodeTypes()
    {
        Same(Object(("hello", S("world"))), Call("jsondecode", S("{\"hello\": \"world\"}")));
        Same(Tuple(N(1), S("a")), Call("jsondecode", S("[1, \"a\"]")));
        Same(HclValue.NullDynamic, Call("jsondecode", S("null")));
        Same(HclValue.True, Call("jsondecode", S("true")));
        Same(N("0.1"), Call("jsondecode", S("0.1")));
    }

    [Theory]
    [InlineData("", "EOF")]
    [InlineData("{\"a\": 1, \"a\": 2}", "duplicate \"a\" property in JSON object")]
    [InlineData("{\"a\": ", "unexpected end of JSON input")]
    [InlineData("[1, 2] 3", "extraneous data after JSON object")]
    public void JsonDecodeRejects(string input, string message) => Assert.Equal(message, Fails("jsondecode", S(input)).Message);

    [Fact]
    public void JsonDecodeOfUnknownIsUnknownOfUnknownType() => Same(HclValue.DynamicUnknown, Call("jsondecode", Unknown(HclType.String)));

    [Fact]
    public void CsvDecode() =>
        Same(
            HclValue.List([Object(("a", S("1")), ("b", S("2"))), Object(("a", S("3")), ("b", S("4")))]),
            Call("csvdecode", S("a,b\n1,2\n3,4\n")));

    [Fact]
    public void CsvDecodeHandlesQuotesAndCrlf() =>
        Same(
            HclValue.List([Object(("name", S("x, \"y\"")), ("note", S("two\nlines")))]),
            Call("csvdecode", S("name,note\r\n\"x, \"\"y\"\"\",\"two\r\nlines\"\r\n")));

    [Fact]
    public void CsvDecodeHeaderOnlyIsEmptyList() =>
        Same(HclValue.ListEmpty(HclType.Object(new Dictionary<string, HclType> { ["a"] = HclType.String })), Call("csvdecode", S("a\n")));

    [Theory]
    [InlineData("", "missing header line")]
    [InlineData("a,a\n1,2\n", "duplicate column name \"a\"")]
    [InlineData("a,b\n1,2,3\n", "CSV parse error on line 2: wrong number of fields")]
    [InlineData("a,b\n1\n", "CSV parse error on line 2: wrong number of fields")]
    [InlineData("a,b\n1,x\"y\n", "CSV parse error on line 2: bare \" in non-quoted-field")]
    [InlineData("a,b\n1,\"x\"y\n", "CSV parse error on line 2: extraneous or missing \" in quoted-field")]
    public void CsvDecodeRejects(string input, string message) => Assert.Equal(message, Fails("csvdecode", S(input)).Message);

    [Fact]
    public void CsvDecodeOfUnknownIsUnknownOfUnknownType() => Same(HclValue.DynamicUnknown, Call("csvdecode", Unknown(HclType.String)));
}
