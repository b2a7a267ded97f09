using Nomadic.Hcl.Values;
using static Nomadic.Hcl.Tests.Functions.Fn;

namespace Nomadic.Hcl.Tests.Functions;

public class MapFunctionTests
{
    [Fact]
    public void KeysOfMapAreSortedList() => Same(Strings("a", "b", "c"), Call("keys", StringMap(("c", "3"), ("a", "1"), ("b", "2"))));

    [Fact]
    public void KeysOfObjectAreTuple() => Same(Tuple(S("a"), S("b")), Call("keys", J("{\"b\": 1, \"a\": true}")));

    [Fact]
    public void KeysOfEmptyObjectIsEmptyTuple() => Same(HclValue.EmptyTuple, Call("keys", HclValue.EmptyObject));

    [Fact]
    public void KeysOfUnknownMapIsUnknownList() => Same(Unknown(HclType.List(HclType.String)), Call("keys", Unknown(HclType.Map(HclType.String))));

    [Fact]
    public void KeysOfUnknownObjectIsKnown() =>
        Same(Tuple(S("x")), Call("keys", Unknown(HclType.Object(new Dictionary<string, HclType> { ["x"] = HclType.String }))));

    [Fact]
    public void KeysRejectsLists()
    {
        var e = Fails("keys", Strings("a"));
        Assert.Equal("must have map or object type", e.Message);
        Assert.Equal(0, e.ArgumentIndex);
    }

    [Fact]
    public void ValuesOfMapInKeyOrder() => Same(Strings("1", "2"), Call("values", StringMap(("b", "2"), ("a", "1"))));

    [Fact]
    public void ValuesOfObjectAreTuple() => Same(Tuple(HclValue.True, N(1)), Call("values", J("{\"b\": 1, \"a\": true}")));

    [Fact]
    public void ValuesRejectsLists() => Assert.Equal("values() requires a map as the first argument", Fails("values", Strings("a")).Message);

    [Fact]
    public void LookupFindsMapElement() => Same(S("1"), Call("lookup", StringMap(("a", "1")), S("a"), S("x")));

    [Fact]
    public void LookupFallsBackToDefault() => Same(S("x"), Call("lookup", StringMap(("a", "1")), S("b"), S("x")));

    [Fact]
    public void LookupConvertsDefaultToElementType() => Same(S("5"), Call("lookup", StringMap(("a", "1")), S("b"), N(5)));

    [Fact]
    public void LookupRejectsIncompatibleDefault()
    {
        var e = Fails("lookup", StringMap(("a", "1")), S("b"), Strings("x"));
        Assert.Equal("the default value must have the same type as the map elements", e.Message);
        Assert.Equal(2, e.ArgumentIndex);
    }

    [Fact]
    public void LookupOnObject()
    {
        var obj = J("{\"a\": 1, \"b\": \"x\"}");
        Same(N(1), Call("lookup", obj, S("a"), S("d")));
        Same(S("d"), Call("lookup", obj, S("z"), S("d")));
    }

    [Fact]
    public void LookupRejectsLists() => Assert.Equal("lookup() requires a map as the first argument", Fails("lookup", Strings("a"), S("a"), S("b")).Message);

    [Fact]
    public void LookupNeedsADefault() => Assert.NotNull(Fails("lookup", StringMap(("a", "1")), S("a")));

    [Fact]
    public void LookupInUnknownMapIsUnknown() => Same(Unknown(HclType.String), Call("lookup", Unknown(HclType.Map(HclType.String)), S("a"), S("b")));

    [Fact]
    public void MergeMapsOfSameType() =>
        Same(StringMap(("a", "1"), ("b", "3"), ("c", "4")), Call("merge", StringMap(("a", "1"), ("b", "2")), StringMap(("b", "3"), ("c", "4"))));

    [Fact]
    public void MergeObjectsLastWins() =>
        Assert.Equal("{\"a\":1,\"b\":true,\"c\":\"x\"}", JsonText(Call("merge", J("{\"a\": 1, \"b\": 2}"), J("{\"b\": true, \"c\": \"x\"}"))));

    [Fact]
    public void MergeMapAndObjectGivesObject() =>
        Assert.Equal("{\"a\":\"1\",\"b\":2}", JsonText(Call("merge", StringMap(("a", "1")), J("{\"b\": 2}"))));

    [Fact]
    public void MergeSkipsNulls() => Same(StringMap(("a", "1")), Call("merge", HclValue.Null(HclType.Map(HclType.String)), StringMap(("a", "1"))));

    [Fact]
    public void MergeOfNothingIsEmptyObject() => Same(HclValue.EmptyObject, Call("merge"));

    [Fact]
    public void MergeRejectsLists() => Assert.Equal("arguments must be maps or objects, got \"list of string\"", Fails("merge", Strings("a")).Message);

    [Fact]
    public void MergeWithUnknownTypeIsUnknown() => Same(HclValue.DynamicUnknown, Call("merge", StringMap(("a", "1")), HclValue.DynamicUnknown));

    [Fact]
    public void ZipmapOfListsIsMap() =>
        Same(StringMap(("a", "1"), ("b", "2")), Call("zipmap", Strings("a", "b"), Strings("1", "2")));

    [Fact]
    public void ZipmapOfTupleIsObject() =>
        Assert.Equal("{\"a\":1,\"b\":\"x\"}", JsonText(Call("zipmap", Strings("a", "b"), J("[1, \"x\"]"))));

    [Fact]
    public void ZipmapRejectsLengthMismatch() =>
        Assert.Equal("number of keys (2) does not match number of values (1)", Fails("zipmap", Strings("a", "b"), Strings("1")).Message);

    [Fact]
    public void ZipmapRejectsNonSequenceValues() =>
        Assert.Equal("values argument must be a list or tuple value", Fails("zipmap", Strings("a"), S("x")).Message);

    [Fact]
    public void ZipmapOfEmptyListsIsEmptyMap() => Same(HclValue.MapEmpty(HclType.String), Call("zipmap", Strings(), Strings()));
}
