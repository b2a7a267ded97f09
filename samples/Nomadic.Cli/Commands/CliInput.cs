namespace Nomadic.Cli.Commands;

/// <summary>Reads a command's input file, turning every I/O failure into one clear line on stderr.</summary>
internal static class CliInput
{
    public static bool TryRead(string path, TextWriter error, out byte[] bytes)
    {
        try
        {
            if (path == "-")
            {
                using var stdin = Console.OpenStandardInput();
                using var buffer = new MemoryStream();
                stdin.CopyTo(buffer);
                bytes = buffer.ToArray();
                return true;
            }

            bytes = File.ReadAllBytes(path);
            return true;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            error.WriteLine($"nomadic: cannot read {path}: {ex.Message}");
            bytes = [];
            return false;
        }
    }
}
