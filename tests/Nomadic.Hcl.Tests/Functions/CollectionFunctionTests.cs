using Nomadic.Hcl.Values;
using static Nomadic.Hcl.Tests.Functions.Fn;

namespace Nomadic.Hcl.Tests.Functions;

public class CollectionFunctionTests
{
    [Theory]
    [InlineData("chunklist", "[[\"a\",\"b\",\"c\",\"d\",\"e\"], 2]", "[[\"a\",\"b\"],[\"c\",\"d\"],[\"e\"]]")]
    [InlineData("chunklist", "[[\"a\",\"b\"], 1]", "[[\"a\"],[\"b\"]]")]
    [InlineData("chunklist", "[[\"a\",\"b\"], 0]", "[[\"a\",\"b\"]]")]
    [InlineData("chunklist", "[[], 2]", "[]")]
    [InlineData("coalesce", "[null, \"\", \"b\"]", "\"\"")]
    [InlineData("coalesce", "[null, \"a\", \"b\"]", "\"a\"")]
    [InlineData("coalesce", "[1, \"2\"]", "\"1\"")]
    [InlineData("coalescelist", "[[], [\"a\"], [\"b\"]]", "[\"a\"]")]
    [InlineData("coalescelist", "[[], [1,2]]", "[1,2]")]
    [InlineData("compact", "[[\"a\", \"\", \"b\", \"\"]]", "[\"a\",\"b\"]")]
    [InlineData("compact", "[[\"\"]]", "[]")]
    [InlineData("concat", "[[\"a\", \"b\"], [\"c\"]]", "[\"a\",\"b\",\"c\"]")]
    [InlineData("concat", "[[1], [\"x\", true]]", "[1,\"x\",true]")]
    [InlineData("concat", "[[]]", "[]")]
    [InlineData("contains", "[[\"a\", \"b\"], \"b\"]", "true")]
    [InlineData("contains", "[[\"a\", \"b\"], \"c\"]", "false")]
    [InlineData("contains", "[[1, 2], \"1\"]", "false")]
    [InlineData("contains", "[[], \"c\"]", "false")]
    [InlineData("contains", "[[null], null]", "true")]
    [InlineData("distinct", "[[\"a\", \"b\", \"a\", \"c\", \"b\"]]", "[\"a\",\"b\",\"c\"]")]
    [InlineData("distinct", "[[]]", "[]")]
    [InlineData("element", "[[\"a\", \"b\", \"c\"], 1]", "\"b\"")]
    [InlineData("element", "[[\"a\", \"b\", \"c\"], 3]", "\"a\"")]
    [InlineData("element", "[[\"a\", \"b\", \"c\"], 5]", "\"c\"")]
    [InlineData("element", "[[\"a\", \"b\", \"c\"], -1]", "\"c\"")]
    [InlineData("element", "[[\"a\", 1, true], 2]", "true")]
    [InlineData("flatten", "[[[\"a\", \"b\"], [], [\"c\"]]]", "[\"a\",\"b\",\"c\"]")]
    [InlineData("flatten", "[[[[\"a\", [\"b\"]]], \"c\"]]", "[\"a\",\"b\",\"c\"]")]
    [InlineData("flatten", "[[]]", "[]")]
    [InlineData("index", "[[\"a\", \"b\"], 1]", "\"b\"")]
    [InlineData("length", "[[]]", "0")]
    [InlineData("length", "[[\"a\", \"b\"]]", "2")]
    [InlineData("range", "[3]", "[0,1,2]")]
    [InlineData("range", "[1, 4]", "[1,2,3]")]
    [InlineData("range", "[1, 8, 2]", "[1,3,5,7]")]
    [InlineData("range", "[4, 1]", "[4,3,2]")]
    [InlineData("range", "[10, 5, -2]", "[10,8,6]")]
    [InlineData("range", "[-3]", "[0,-1,-2]")]
    [InlineData("range", "[0]", "[]")]
    [InlineData("range", "[1, 2, 0.5]", "[1,1.5]")]
    [InlineData("slice", "[[\"a\", \"b\", \"c\", \"d\"], 1, 3]", "[\"b\",\"c\"]")]
    [InlineData("slice", "[[\"a\", \"b\"], 0, 0]", "[]")]
    [InlineData("slice", "[[\"a\", \"b\"], 2, 2]", "[]")]
    public void Computes(string name, string args, string expectedJson) => Assert.Equal(expectedJson, JsonText(CallJson(name, args)));

    [Theory]
    [InlineData("chunklist", "[[\"a\"], -1]", "the size argument must be positive")]
    [InlineData("coalesce", "[null, null]", "no non-null arguments")]
    [InlineData("coalesce", "[\"a\", [1]]", "all arguments must have the same type")]
    [InlineData("coalescelist", "[[], []]", "no non-null arguments")]
    [InlineData("coalescelist", "[\"a\"]", "coalescelist arguments must be lists or tuples")]
    [InlineData("coalescelist", "[]", "at least one argument is required")]
    [InlineData("concat", "[]", "at least one argument is required")]
    [InlineData("concat", "[[1], \"a\"]", "all arguments must be lists or tuples; got string")]
    [InlineData("contains", "[\"abc\", \"a\"]", "argument must be list, tuple, or set")]
    [InlineData("element", "[[], 0]", "cannot use element function with an empty list")]
    [InlineData("element", "[\"abc\", 0]", "cannot read elements from string")]
    [InlineData("element", "[[\"a\"], 1.5]", "invalid index: value must be a whole number, between -9223372036854775808 and 9223372036854775807")]
    [InlineData("flatten", "[\"abc\"]", "can only flatten lists, sets and tuples")]
    [InlineData("index", "[[\"a\"], 5]", "key must be between 0 and 1 inclusive")]
    [InlineData("index", "[[\"a\"], \"x\"]", "key for tuple must be number")]
    [InlineData("index", "[\"abc\", 0]", "collection must be a list, a map or a tuple")]
    [InlineData("length", "[\"abc\"]", "collection must be a list, a map or a tuple")]
    [InlineData("length", "[5]", "collection must be a list, a map or a tuple")]
    [InlineData("length", "[{\"a\": 1}]", "collection must be a list, a map or a tuple")]
    [InlineData("index", "[{\"k\": \"v\"}, \"k\"]", "collection must be a list, a map or a tuple")]
    [InlineData("range", "[]", "must have one, two, or three arguments")]
    [InlineData("range", "[1, 2, 3, 4]", "must have one, two, or three arguments")]
    [InlineData("range", "[0, 5, 0]", "step must not be zero")]
    [InlineData("range", "[5, 0, 1]", "end must be greater than start when step is positive")]
    [InlineData("range", "[0, 5, -1]", "end must be less than start when step is negative")]
    [InlineData("range", "[2000]", "more than 1024 values were generated; either decrease the difference between start and end or use a smaller step")]
    [InlineData("slice", "[[\"a\"], 2, 2]", "start index must not be greater than the length of the list")]
    [InlineData("slice", "[[\"a\"], 0, 2]", "end index must not be greater than the length of the list")]
    [InlineData("slice", "[[\"a\", \"b\"], 2, 1]", "start index must not be greater than end index")]
    [InlineData("slice", "[[\"a\"], -1, 1]", "start index must not be less than zero")]
    [InlineData("slice", "[\"abc\", 0, 1]", "must be a list or tuple value")]
    public void Rejects(string name, string args, string message) => Assert.Equal(message, FailsJson(name, args).Message);

    [Fact]
    public void ConcatOfListsIsAList() =>
        Same(Strings("a", "b", "c"), Call("concat", Strings("a"), Strings("b", "c")));

    [Fact]
    public void ConcatUnifiesListTypes() =>
        Same(Strings("a", "1"), Call("concat", Strings("a"), Numbers(1)));

    [Fact]
    public void DistinctKeepsListType() => Same(Strings("a"), Call("distinct", Strings("a", "a")));

    [Fact]
    public void IndexOfMap() => Same(S("v"), Call("index", StringMap(("k", "v")), S("k")));

    [Fact]
    public void LengthOfMap() => Same(N(2), Call("length", StringMap(("a", "1"), ("b", "2"))));

    [Fact]
    public void IndexOfList() => Same(S("b"), Call("index", Strings("a", "b"), N(1)));

    [Fact]
    public void IndexOfMissingListElementIsInvalid() => Assert.Equal("invalid index", Fails("index", Strings("a"), N(3)).Message);

    [Fact]
    public void IndexOfMissingMapKeyIsInvalid() => Assert.Equal("invalid index", Fails("index", StringMap(("a", "b")), S("z")).Message);

    [Fact]
    public void SliceOfListIsAList() => Same(Strings("b"), Call("slice", Strings("a", "b", "c"), N(1), N(2)));

    [Fact]
    public void SliceRejectsSets()
    {
        var e = Fails("slice", StringSet("a"), N(0), N(1));
        Assert.Equal(0, e.ArgumentIndex);
        Assert.StartsWith("cannot slice a set", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void RangeReturnsListOfNumbers() => Same(Numbers(0, 1), Call("range", N(2)));

    [Fact]
    public void CompactReturnsListOfStrings() => Same(Strings(), Call("compact", Strings(string.Empty)));

    [Fact]
    public void LengthOfUnknownListIsUnknown() => Same(Unknown(HclType.Number), Call("length", Unknown(HclType.List(HclType.String))));

    [Fact]
    public void LengthOfUnknownTupleIsKnown() => Same(N(2), Call("length", Unknown(HclType.Tuple([HclType.String, HclType.Number]))));

    [Fact]
    public void LengthOfListWithUnknownElementIsKnown() => Same(N(2), Call("length", HclValue.List([S("a"), Unknown(HclType.String)])));

    [Fact]
    public void LengthOfUnknownOfUnknownTypeIsUnknownNumber() => Same(Unknown(HclType.Number), Call("length", HclValue.DynamicUnknown));

    [Fact]
    public void LengthOfSet() => Same(N(2), Call("length", StringSet("a", "b", "a")));

    [Fact]
    public void ContainsWithUnknownElementIsUnknownAsCtyCallDecides()
    {
        var list = HclValue.List([S("a"), Unknown(HclType.String)]);
        Same(Unknown(HclType.Bool), Call("contains", list, S("a")));
        Same(Unknown(HclType.Bool), Call("contains", list, S("b")));
    }

    [Fact]
    public void ElementOfUnknownTupleIndexIsUnknownOfUnknownType() =>
        Same(HclValue.DynamicUnknown, Call("element", Tuple(S("a"), N(1)), Unknown(HclType.Number)));

    [Fact]
    public void ElementOfUnknownListIsUnknownElementType() =>
        Same(Unknown(HclType.String), Call("element", Unknown(HclType.List(HclType.String)), N(0)));

    [Fact]
    public void FlattenWithUnknownNestedListIsUnknown() =>
        Same(HclValue.DynamicUnknown, Call("flatten", Tuple(Strings("a"), Unknown(HclType.List(HclType.String)))));

    [Fact]
    public void CoalesceWithUnknownFirstIsUnknown() => Same(Unknown(HclType.String), Call("coalesce", Unknown(HclType.String), S("b")));

    [Fact]
    public void ChunklistOfTypedList() =>
        Same(HclValue.List([Strings("a", "b"), Strings("c")]), Call("chunklist", Strings("a", "b", "c"), N(2)));
}
