using Nomadic.Hcl.Values;
using static Nomadic.Hcl.Tests.Functions.Fn;

namespace Nomadic.Hcl.Tests.Functions;

public class SetFunctionTests
{
    [Fact]
    public void Union() => Same(StringSet("a", "b", "c", "d"), Call("setunion", StringSet("a", "b"), StringSet("b", "c"), StringSet("d")));

    [Fact]
    public void UnionAcceptsLists() => Same(StringSet("a", "b"), Call("setunion", Strings("a", "b"), Strings("a")));

    [Fact]
    public void UnionUnifiesElementTypes() => Same(StringSet("1", "a"), Call("setunion", StringSet("a"), HclValue.Set([N(1)])));

    [Fact]
    public void Intersection() => Same(StringSet("b"), Call("setintersection", StringSet("a", "b"), StringSet("b", "c")));

    [Fact]
    public void IntersectionCanBeEmpty() => Same(StringSet(), Call("setintersection", StringSet("a"), StringSet("b")));

    [Fact]
    public void Subtract() => Same(StringSet("a", "c"), Call("setsubtract", StringSet("a", "b", "c"), StringSet("b", "d")));

    [Fact]
    public void IncompatibleElementTypesAreRejected() =>
        Assert.Equal("given sets must all have compatible element types", Fails("setunion", StringSet("a"), HclValue.Set([Strings("x")])).Message);

    [Fact]
    public void IntersectionWithUnknownElementIsUnknown() =>
        Same(Unknown(HclType.Set(HclType.String)), Call("setintersection", StringSet("a"), HclValue.Set([Unknown(HclType.String)])));

    [Fact]
    public void ProductOfLists() =>
        Same(HclValue.List([Tuple(S("a"), S("x")), Tuple(S("a"), S("y")), Tuple(S("b"), S("x")), Tuple(S("b"), S("y"))]),
            Call("setproduct", Strings("a", "b"), Strings("x", "y")));

    [Fact]
    public void ProductWithSetIsSet() =>
        Same(HclValue.Set([Tuple(S("a"), S("x")), Tuple(S("b"), S("x"))]), Call("setproduct", StringSet("a", "b"), Strings("x")));

    [Fact]
    public void ProductWithEmptyIsEmpty() =>
        Same(HclValue.ListEmpty(HclType.Tuple([HclType.String, HclType.String])), Call("setproduct", Strings("a"), Strings()));

    [Fact]
    public void ProductOfTuples() =>
        Assert.Equal("[[\"a\",1],[\"b\",1]]", JsonText(Call("setproduct", J("[\"a\", \"b\"]"), J("[1]"))));

    [Fact]
    public void ProductNeedsTwoArguments() => Assert.Equal("at least two arguments are required", Fails("setproduct", Strings("a")).Message);

    [Fact]
    public void ProductRejectsScalars()
    {
        var e = Fails("setproduct", Strings("a"), S("b"));
        Assert.Equal("a set or a list is required", e.Message);
        Assert.Equal(1, e.ArgumentIndex);
    }

    [Fact]
    public void ProductWithUnknownIsUnknown() =>
        Same(Unknown(HclType.List(HclType.Tuple([HclType.String, HclType.String]))), Call("setproduct", Strings("a"), Unknown(HclType.List(HclType.String))));

    [Fact]
    public void NomadDoesNotRegisterSetSubtractByDefault() => Assert.False(Nomadic.Hcl.Functions.HclStandardLibrary.Create().ContainsKey("setsubtract"));
}
