using Nomadic.Hcl.Functions;

namespace Nomadic.Hcl.Tests.Functions;

public class LibraryTests
{
    /// <summary>Every name Nomad's jobspec2/functions.go registers, less try, can and convert.</summary>
    private static readonly string[] NomadNames =
    [
        "abs", "abspath", "base64decode", "base64encode", "basename", "bcrypt", "ceil", "chomp", "chunklist", "cidrhost",
        "cidrnetmask", "cidrsubnet", "cidrsubnets", "coalesce", "coalescelist", "compact", "concat", "contains", "csvdecode",
        "dirname", "distinct", "element", "file", "filebase64", "fileexists", "fileset", "flatten", "floor", "format",
        "formatdate", "formatlist", "indent", "index", "join", "jsondecode", "jsonencode", "keys", "length", "log", "lookup",
        "lower", "max", "md5", "merge", "min", "parseint", "pathexpand", "pow", "range", "regex_replace", "replace", "reverse",
        "rsadecrypt", "setintersection", "setproduct", "setunion", "sha1", "sha256", "sha512", "signum", "slice", "sort",
        "split", "strlen", "strrev", "substr", "timeadd", "title", "trim", "trimprefix", "trimspace", "trimsuffix", "upper",
        "urlencode", "uuidv4", "uuidv5", "values", "yamldecode", "yamlencode", "zipmap",
    ];

    [Fact]
    public void RegistersExactlyNomadsFunctions() =>
        Assert.Equal(NomadNames.Order(StringComparer.Ordinal), HclStandardLibrary.Create().Keys.Order(StringComparer.Ordinal));

    [Fact]
    public void ExpressionFunctionsAreListed() => Assert.Equal(["can", "convert", "try"], HclStandardLibrary.ExpressionFunctionNames);

    [Fact]
    public void ExtensionsAddCtyFunctions()
    {
        var lib = HclStandardLibrary.Create(new HclFunctionOptions { IncludeCtyExtensions = true });
        Assert.Equal(NomadNames.Length + 3, lib.Count);
    }

    [Fact]
    public void EveryFunctionIsNamedAndDescribed()
    {
        foreach (var (name, function) in HclStandardLibrary.Create(new HclFunctionOptions { IncludeCtyExtensions = true }))
        {
            Assert.Equal(name, function.Name);
            Assert.False(string.IsNullOrWhiteSpace(function.Description), name);
        }
    }

    [Fact]
    public void TooManyArgumentsIsAnError() => Assert.Equal(1, Assert.Throws<HclFunctionException>(() => Fn.Call("upper", Fn.S("a"), Fn.S("b"))).ArgumentIndex);

    [Fact]
    public void TooFewArgumentsIsAnError() => Assert.NotNull(Assert.Throws<HclFunctionException>(() => Fn.Call("replace", Fn.S("a"))));
}
