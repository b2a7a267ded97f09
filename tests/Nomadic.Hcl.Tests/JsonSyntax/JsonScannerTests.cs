using System.Text;
using Nomadic.Hcl.Json;
using static Nomadic.Hcl.Tests.JsonSyntax.JsonTestSupport;

namespace Nomadic.Hcl.Tests.JsonSyntax;

public class JsonScannerTests
{
    private static List<JsonToken> Scan(string source) => JsonScanner.Scan(Encoding.UTF8.GetBytes(source), SourcePos.Start);

    [Fact]
    public void Empty_and_blank_input_is_only_eof()
    {
        Assert.Equal([new JsonToken(JsonTokenType.Eof, 0, 0, Pos(1, 1, 0), Pos(1, 1, 0))], Scan(string.Empty));
        Assert.Equal([new JsonToken(JsonTokenType.Eof, 3, 3, Pos(1, 4, 3), Pos(1, 4, 3))], Scan("   "));
    }

    [Theory]
    [InlineData("{}", "BraceOpen,BraceClose,Eof")]
    [InlineData("][", "BracketClose,BracketOpen,Eof")]
    [InlineData(":,=", "Colon,Comma,Equals,Eof")]
    [InlineData("-1 2.5", "Number,Number,Eof")]
    [InlineData("true false null", "Keyword,Keyword,Keyword,Eof")]
    [InlineData("abc1", "Keyword,Number,Eof")]
    [InlineData("e5", "Keyword,Number,Eof")]
    [InlineData("\"a\" \"b\"", "String,String,Eof")]
    public void Token_types(string source, string expected) => Assert.Equal(expected, string.Join(',', Scan(source).Select(t => t.Type)));

    [Fact]
    public void Numbers_and_keywords_have_exact_ranges()
    {
        var tokens = Scan("  12 true");
        Assert.Equal(new JsonToken(JsonTokenType.Number, 2, 4, Pos(1, 3, 2), Pos(1, 5, 4)), tokens[0]);
        Assert.Equal(new JsonToken(JsonTokenType.Keyword, 5, 9, Pos(1, 6, 5), Pos(1, 10, 9)), tokens[1]);
        Assert.Equal(Pos(1, 10, 9), tokens[2].StartPos);
    }

    [Fact]
    public void Newlines_tabs_and_carriage_returns_count_as_hcl_does()
    {
        var tokens = Scan("\r\n\t1\n  2");
        Assert.Equal(Pos(2, 3, 3), tokens[0].StartPos);
        Assert.Equal(Pos(3, 3, 7), tokens[1].StartPos);
    }

    [Fact]
    public void String_columns_count_grapheme_clusters()
    {
        var flag = Scan("\"🇬🇧\"");
        Assert.Equal(new JsonToken(JsonTokenType.String, 0, 10, Pos(1, 1, 0), Pos(1, 4, 10)), flag[0]);

        var combining = Scan("\"a" + string.Concat(Enumerable.Repeat("\u0301", 8)) + "\"");
        Assert.Equal(Pos(1, 4, 19), combining[0].EndPos);
    }

    [Fact]
    public void Escaped_quotes_do_not_end_a_string()
    {
        var tokens = Scan("\"a\\\"b\" 1");
        Assert.Equal(JsonTokenType.String, tokens[0].Type);
        Assert.Equal(6, tokens[0].End);
        Assert.Equal(JsonTokenType.Number, tokens[1].Type);
    }

    [Fact]
    public void A_control_character_ends_an_unterminated_string()
    {
        var tokens = Scan("\"abc\n\"");
        Assert.Equal(new JsonToken(JsonTokenType.String, 0, 4, Pos(1, 1, 0), Pos(1, 5, 4)), tokens[0]);
    }

    [Fact]
    public void An_invalid_byte_ends_scanning()
    {
        var tokens = Scan("& 1 2");
        Assert.Equal(
            [
                new JsonToken(JsonTokenType.Invalid, 0, 1, Pos(1, 1, 0), Pos(1, 2, 1)),
                new JsonToken(JsonTokenType.Eof, 1, 1, Pos(1, 2, 1), Pos(1, 2, 1)),
            ],
            tokens);
    }

    [Fact]
    public void Start_position_offsets_every_token()
    {
        var tokens = JsonScanner.Scan("true"u8, Pos(3, 10, 100));
        Assert.Equal(new JsonToken(JsonTokenType.Keyword, 0, 4, Pos(3, 10, 100), Pos(3, 14, 104)), tokens[0]);
    }
}
