namespace Nomadic.Integrations.Http;

/// <summary>Writes a secret so readers see the old content or the new, never a mix: a temporary file with the final mode (0600 unless told) in the same directory, flushed, renamed over the target.</summary>
internal static class SecretFile
{
    public static async Task WriteAsync(string path, string content, CancellationToken cancellationToken, UnixFileMode mode = UnixFileMode.UserRead | UnixFileMode.UserWrite)
    {
        var directory = Path.GetDirectoryName(Path.GetFullPath(path))!;
        Directory.CreateDirectory(directory);
        var temporary = Path.Combine(directory, $".{Path.GetFileName(path)}.{Guid.NewGuid():N}.tmp");
        var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write, Share = FileShare.None };
        if (!OperatingSystem.IsWindows())
        {
            options.UnixCreateMode = mode;
        }

        try
        {
            var stream = new FileStream(temporary, options);
            await using (stream.ConfigureAwait(false))
            {
                await stream.WriteAsync(System.Text.Encoding.UTF8.GetBytes(content), cancellationToken).ConfigureAwait(false);
                stream.Flush(flushToDisk: true);
            }

            File.Move(temporary, path, overwrite: true);
        }
        catch
        {
            File.Delete(temporary);
            throw;
        }
    }
}
