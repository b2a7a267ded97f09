using Nomadic.Hcl.Internal;
using System.Text;
using Nomadic.Hcl.Values;
using static Nomadic.Hcl.Functions.Library.Params;

namespace Nomadic.Hcl.Functions.Library;

/// <summary>
/// The filesystem functions of go-cty-funcs: abspath, basename, dirname, file, filebase64, fileexists, fileset,
/// pathexpand. Unless allowed they are Nomad's guarded stubs, which fail with "filesystem function disabled".
/// </summary>
internal static class FileSystemFunctions
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>Adds the functions to <paramref name="functions"/>.</summary>
    /// <param name="functions">The table to fill.</param>
    /// <param name="options">The options: whether the filesystem is allowed, the base and home directories.</param>
    public static void Register(IDictionary<string, HclFunction> functions, HclFunctionOptions options)
    {
        var baseDir = options.BaseDirectory.Replace('\\', '/');
        var home = options.HomeDirectory ?? Environment.GetFolderPath(Environment.SpecialFolder.UserProfile);
        FunctionParameter[] path = [P("path", HclType.String)];
        Add(functions, options, HclFunction.Create("abspath", path, HclType.String, a => HclValue.String(AbsPath(a[0].AsString())),
            description: "Converts the given path to an absolute path, if it is not already."));
        Add(functions, options, HclFunction.Create("basename", path, HclType.String, a => HclValue.String(GoPath.Base(a[0].AsString())),
            description: "Returns the last element of the given path."));
        Add(functions, options, HclFunction.Create("dirname", path, HclType.String, a => HclValue.String(GoPath.Dir(a[0].AsString())),
            description: "Returns all but the last element of the given path."));
        Add(functions, options, HclFunction.Create("file", path, HclType.String, a => ReadText(baseDir, home, a[0].AsString()),
            description: "Reads the contents of the file at the given path, which must be valid UTF-8 text."));
        Add(functions, options, HclFunction.Create("filebase64", path, HclType.String,
            a => HclValue.String(Convert.ToBase64String(ReadBytes(baseDir, home, a[0].AsString()))),
            description: "Reads the contents of the file at the given path and returns them as a base64-encoded string."));
        Add(functions, options, HclFunction.Create("fileexists", path, HclType.Bool, a => FileExists(baseDir, home, a[0].AsString()),
            description: "Determines whether a file exists at the given path."));
        Add(functions, options, HclFunction.Create("fileset", [P("path", HclType.String), P("pattern", HclType.String)], HclType.Set(HclType.String),
            a => FileSet(baseDir, a[0].AsString(), a[1].AsString()),
            description: "Enumerates a set of regular file names given a path and pattern."));
        Add(functions, options, HclFunction.Create("pathexpand", path, HclType.String, a => HclValue.String(ExpandHome(home, a[0].AsString())),
            description: "Replaces a leading ~ in the given path with the current user's home directory path."));
    }

    private static void Add(IDictionary<string, HclFunction> functions, HclFunctionOptions options, HclFunction function)
    {
        functions[function.Name] = options.AllowFileSystem
            ? function
            : new HclFunction(
                function.Name,
                function.Parameters,
                function.VariadicParameter,
                _ => throw new HclFunctionException("filesystem function disabled"),
                (_, _) => throw new HclFunctionException("filesystem functions disabled"),
                function.Description);
    }

    private static string ExpandHome(string home, string path)
    {
        if (path.Length == 0 || path[0] != '~')
        {
            return path;
        }

        if (path.Length > 1 && path[1] != '/' && path[1] != '\\')
        {
            throw new HclFunctionException("cannot expand user-specific home dir");
        }

        return GoPath.Join(home.Replace('\\', '/'), path[1..]);
    }

    private static string Resolve(string baseDir, string home, string path)
    {
        string expanded;
        try
        {
            expanded = ExpandHome(home, path);
        }
        catch (HclFunctionException e)
        {
            throw new HclFunctionException($"failed to expand ~: {e.Message}", e);
        }

        if (!GoPath.IsAbs(expanded))
        {
            expanded = GoPath.Join(baseDir, expanded);
        }

        return GoPath.Clean(expanded);
    }

    private static byte[] ReadBytes(string baseDir, string home, string path)
    {
        var resolved = Resolve(baseDir, home, path);
        try
        {
            return File.ReadAllBytes(resolved);
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
        {
            throw new HclFunctionException($"no file exists at {resolved}", e);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new HclFunctionException($"failed to read {resolved}", e);
        }
    }

    private static HclValue ReadText(string baseDir, string home, string path)
    {
        var bytes = ReadBytes(baseDir, home, path);
        try
        {
            return HclValue.String(StrictUtf8.GetString(bytes));
        }
        catch (DecoderFallbackException e)
        {
            throw new HclFunctionException($"contents of {path} are not valid UTF-8; use the filebase64 function to obtain the Base64 encoded contents or the other file functions (e.g. filemd5, filesha256) to obtain file hashing results instead", e);
        }
    }

    private static HclValue FileExists(string baseDir, string home, string path)
    {
        var resolved = Resolve(baseDir, home, path);
        if (File.Exists(resolved))
        {
            return HclValue.True;
        }

        if (Directory.Exists(resolved))
        {
            throw new HclFunctionException($"{resolved} is not a regular file, but {GoText.Quote(ModeString(resolved))}");
        }

        return HclValue.False;
    }

    private static string ModeString(string directory)
    {
        var sb = new StringBuilder("d");
        if (OperatingSystem.IsWindows())
        {
            return "drwxrwxrwx";
        }

        var mode = File.GetUnixFileMode(directory);
        UnixFileMode[] bits =
        [
            UnixFileMode.UserRead, UnixFileMode.UserWrite, UnixFileMode.UserExecute,
            UnixFileMode.GroupRead, UnixFileMode.GroupWrite, UnixFileMode.GroupExecute,
            UnixFileMode.OtherRead, UnixFileMode.OtherWrite, UnixFileMode.OtherExecute,
        ];
        for (var i = 0; i < bits.Length; i++)
        {
            sb.Append((mode & bits[i]) != 0 ? "rwx"[i % 3] : '-');
        }

        return sb.ToString();
    }

    private static HclValue FileSet(string baseDir, string path, string pattern)
    {
        if (!GoPath.IsAbs(path))
        {
            path = GoPath.Join(baseDir, path);
        }

        var fullPattern = GoPath.Join(path, pattern);
        List<string> matches;
        try
        {
            matches = Glob.Find(fullPattern);
        }
        catch (ArgumentException e)
        {
            throw new HclFunctionException($"failed to glob pattern ({fullPattern}): {e.Message}", e);
        }

        var values = matches.Where(File.Exists).Select(m => HclValue.String(GoPath.Rel(path, m))).ToList();
        return SetOf(HclType.String, values);
    }

    private static string AbsPath(string path)
    {
        var normalized = path.Replace('\\', '/');
        if (GoPath.IsAbs(normalized))
        {
            return GoPath.Clean(normalized);
        }

        return GoPath.Join(Directory.GetCurrentDirectory().Replace('\\', '/'), normalized);
    }
}
