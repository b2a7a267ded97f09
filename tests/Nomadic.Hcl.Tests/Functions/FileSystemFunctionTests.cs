using Nomadic.Hcl.Functions;
using Nomadic.Hcl.Values;
using static Nomadic.Hcl.Tests.Functions.Fn;

namespace Nomadic.Hcl.Tests.Functions;

public sealed class FileSystemFunctionTests : IDisposable
{
    private readonly string _root;
    private readonly IReadOnlyDictionary<string, HclFunction> _lib;

    public FileSystemFunctionTests()
    {
        _root = Path.Combine(Path.GetTempPath(), "nomadic-fs-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path.Combine(_root, "sub", "deep"));
        File.WriteAllText(Path.Combine(_root, "hello.txt"), "Hello World");
        File.WriteAllText(Path.Combine(_root, "hello.tmpl"), "Hello ${name}");
        File.WriteAllBytes(Path.Combine(_root, "binary.bin"), [0xFF, 0xFE, 0x00]);
        File.WriteAllText(Path.Combine(_root, "sub", "a.txt"), "a");
        File.WriteAllText(Path.Combine(_root, "sub", "deep", "b.txt"), "b");
        _lib = HclStandardLibrary.Create(new HclFunctionOptions { AllowFileSystem = true, BaseDirectory = _root, HomeDirectory = "/home/nomad" });
    }

    public void Dispose() => Directory.Delete(_root, recursive: true);

    [Theory]
    [InlineData("abspath")]
    [InlineData("basename")]
    [InlineData("dirname")]
    [InlineData("file")]
    [InlineData("filebase64")]
    [InlineData("fileexists")]
    [InlineData("pathexpand")]
    public void DisabledByDefault(string name)
    {
        var e = Fails(name, S("x"));
        Assert.Equal("filesystem function disabled", e.Message);
    }

    [Fact]
    public void FilesetDisabledByDefault() => Assert.Equal("filesystem function disabled", Fails("fileset", S("."), S("*")).Message);

    [Fact]
    public void DisabledStubStillChecksArity() => Assert.NotEqual("filesystem function disabled", Assert.Throws<HclFunctionException>(() => Lib["file"].Call([])).Message);

    [Fact]
    public void FileReadsRelativeToBaseDirectory() => Same(S("Hello World"), Call("file", "hello.txt"));

    [Fact]
    public void FileReadsAbsolutePaths() => Same(S("Hello World"), Call("file", Path.Combine(_root, "hello.txt")));

    [Fact]
    public void FileDoesNotRenderTemplates() => Same(S("Hello ${name}"), Call("file", "hello.tmpl"));

    [Fact]
    public void FileReportsMissingFiles() =>
        Assert.Equal($"no file exists at {_root.Replace('\\', '/')}/missing.txt", Assert.Throws<HclFunctionException>(() => Call("file", "missing.txt")).Message);

    [Fact]
    public void FileRejectsInvalidUtf8() =>
        Assert.StartsWith("contents of binary.bin are not valid UTF-8", Assert.Throws<HclFunctionException>(() => Call("file", "binary.bin")).Message, StringComparison.Ordinal);

    [Fact]
    public void FileBase64() => Same(S("SGVsbG8gV29ybGQ="), Call("filebase64", "hello.txt"));

    [Fact]
    public void FileBase64OfBinary() => Same(S("//4A"), Call("filebase64", "binary.bin"));

    [Theory]
    [InlineData("hello.txt", true)]
    [InlineData("missing.txt", false)]
    [InlineData("sub/a.txt", true)]
    public void FileExists(string path, bool expected) => Same(HclValue.Bool(expected), Call("fileexists", path));

    [Fact]
    public void FileExistsRejectsDirectories() =>
        Assert.Contains("is not a regular file, but \"d", Assert.Throws<HclFunctionException>(() => Call("fileexists", "sub")).Message, StringComparison.Ordinal);

    [Theory]
    [InlineData(".", "*.txt", new[] { "hello.txt" })]
    [InlineData(".", "hello.*", new[] { "hello.tmpl", "hello.txt" })]
    [InlineData(".", "**/*.txt", new[] { "hello.txt", "sub/a.txt", "sub/deep/b.txt" })]
    [InlineData(".", "sub/**", new[] { "sub/a.txt", "sub/deep/b.txt" })]
    [InlineData(".", "{hello.txt,binary.bin}", new[] { "binary.bin", "hello.txt" })]
    [InlineData(".", "hell?.t[xm]*", new[] { "hello.tmpl", "hello.txt" })]
    [InlineData("sub", "*", new[] { "a.txt" })]
    [InlineData(".", "nothing*", new string[0])]
    [InlineData(".", "hello.txt", new[] { "hello.txt" })]
    public void FileSet(string path, string pattern, string[] expected) =>
        Same(StringSet(expected), _lib["fileset"].Call([S(path), S(pattern)]));

    [Theory]
    [InlineData("basename", "foo/bar/baz.txt", "baz.txt")]
    [InlineData("basename", "/foo/bar/", "bar")]
    [InlineData("basename", "", ".")]
    [InlineData("basename", "///", "/")]
    [InlineData("dirname", "foo/bar/baz.txt", "foo/bar")]
    [InlineData("dirname", "baz.txt", ".")]
    [InlineData("dirname", "/baz.txt", "/")]
    [InlineData("dirname", "foo/../bar/x", "bar")]
    [InlineData("pathexpand", "~/.ssh/id_rsa", "/home/nomad/.ssh/id_rsa")]
    [InlineData("pathexpand", "~", "/home/nomad")]
    [InlineData("pathexpand", "/etc/resolv.conf", "/etc/resolv.conf")]
    [InlineData("pathexpand", "", "")]
    [InlineData("abspath", "/a/b/../c", "/a/c")]
    public void PathFunctions(string name, string input, string expected) => Same(S(expected), Call(name, input));

    [Fact]
    public void AbsPathIsRelativeToWorkingDirectory() =>
        Same(S(Directory.GetCurrentDirectory().Replace('\\', '/') + "/x"), Call("abspath", "x"));

    [Fact]
    public void PathExpandRejectsOtherUsers() =>
        Assert.Equal("cannot expand user-specific home dir", Assert.Throws<HclFunctionException>(() => Call("pathexpand", "~bob/x")).Message);

    private HclValue Call(string name, string argument) => _lib[name].Call([S(argument)]);
}
