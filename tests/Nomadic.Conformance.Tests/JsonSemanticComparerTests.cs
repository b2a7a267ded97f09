using Nomadic.Conformance.Tests.Infrastructure;

namespace Nomadic.Conformance.Tests;

public sealed class JsonSemanticComparerTests
{
    [Theory]
    [InlineData("""{"a":1,"b":[true,null,"x"]}""", """{ "b": [true, null, "x"], "a": 1 }""")]
    [InlineData("""{"n":1}""", """{"n":1.0}""")]
    [InlineData("""{"n":100}""", """{"n":1e2}""")]
    [InlineData("""{"n":0.1}""", """{"n":1.00000000000000005e-1}""")]
    [InlineData("""{"n":0}""", """{"n":-0}""")]
    [InlineData("""{"a":1,"a":2}""", """{"a":2}""")]
    [InlineData("[]", "[]")]
    [InlineData("{}", " {} ")]
    [InlineData("\"caf\\u00e9\"", "\"café\"")]
    public void Equal_documents_compare_as_equal(string expected, string actual) =>
        Assert.Null(JsonSemanticComparer.Compare(expected, actual));

    [Fact]
    public void A_different_string_is_reported_with_its_path_and_both_values()
    {
        var difference = JsonSemanticComparer.Compare(
            """{"job":{"example":[{"group":{"cache":[{"count":1,"name":"a"}]}}]}}""",
            """{"job":{"example":[{"group":{"cache":[{"count":1,"name":"b"}]}}]}}""");

        Assert.Equal("""$.job.example[0].group.cache[0].name: expected string "a", actual string "b" """.TrimEnd(), difference);
    }

    [Fact]
    public void A_missing_and_an_extra_key_are_both_reported()
    {
        var difference = JsonSemanticComparer.Compare("""{"a":1,"b":2}""", """{"a":1,"c":2}""");

        Assert.NotNull(difference);
        var lines = difference.Split(Environment.NewLine);
        Assert.Equal(["$.b: expected number 2, actual: the key is missing", "$.c: expected no such key, actual number 2"], lines);
    }

    [Fact]
    public void Arrays_are_ordered()
    {
        var difference = JsonSemanticComparer.Compare("[1,2]", "[2,1]");

        Assert.NotNull(difference);
        Assert.StartsWith("$[0]: expected number 1, actual number 2", difference, StringComparison.Ordinal);
    }

    [Fact]
    public void Array_length_differences_name_the_first_missing_item()
    {
        var difference = JsonSemanticComparer.Compare("""{"a":[1,2,3]}""", """{"a":[1,2]}""");

        Assert.Equal("$.a: expected an array of 3 items, actual 2 items (first missing [2]: number 3)", difference);
    }

    [Theory]
    [InlineData("1", "\"1\"", "$: expected number 1, actual string \"1\"")]
    [InlineData("true", "false", "$: expected true, actual false")]
    [InlineData("null", "{}", "$: expected null, actual object {}")]
    [InlineData("1", "1.5", "$: expected number 1, actual number 1.5")]
    public void Kind_and_value_differences_are_reported(string expected, string actual, string message) =>
        Assert.Equal(message, JsonSemanticComparer.Compare(expected, actual));

    [Fact]
    public void Keys_that_are_not_identifiers_are_quoted_in_the_path()
    {
        var difference = JsonSemanticComparer.Compare("""{"a b":{"x.y":1}}""", """{"a b":{"x.y":2}}""");

        Assert.Equal("""$["a b"]["x.y"]: expected number 1, actual number 2""", difference);
    }

    [Fact]
    public void Duplicate_keys_keep_the_last_value_like_JSON_parse()
    {
        Assert.NotNull(JsonSemanticComparer.Compare("""{"a":1,"a":2}""", """{"a":1}"""));
        Assert.Null(JsonSemanticComparer.Compare("""{"a":1}""", """{"a":2,"a":1}"""));
    }

    [Fact]
    public void At_most_the_requested_number_of_differences_is_reported()
    {
        var difference = JsonSemanticComparer.Compare("[1,2,3,4,5]", "[5,4,3,2,1]", maxDifferences: 2);

        Assert.NotNull(difference);
        Assert.Equal(2, difference.Split(Environment.NewLine).Length);
    }

    [Fact]
    public void Invalid_json_is_a_difference_not_an_exception()
    {
        var difference = JsonSemanticComparer.Compare("{}", "{");

        Assert.NotNull(difference);
        Assert.StartsWith("$: the actual document is not valid JSON", difference, StringComparison.Ordinal);
    }

    [Fact]
    public void Long_values_are_shortened_in_messages()
    {
        var longText = new string('x', 500);
        var difference = JsonSemanticComparer.Compare($"\"{longText}\"", "\"y\"");

        Assert.NotNull(difference);
        Assert.Contains("... (502 chars)", difference, StringComparison.Ordinal);
        Assert.True(difference.Length < 300);
    }

    [Fact]
    public void Every_expected_json_of_the_corpus_parses_and_equals_itself()
    {
        var jsonCases = CorpusLocator.Cases.Where(c => c.ExpectedJsonPath is not null).ToList();

        Assert.NotEmpty(jsonCases);
        Assert.All(jsonCases, c =>
        {
            var json = c.ReadExpectedJson();
            Assert.Null(JsonSemanticComparer.Compare(json, json));
        });
    }
}
