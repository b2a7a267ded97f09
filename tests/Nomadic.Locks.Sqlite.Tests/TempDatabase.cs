namespace Nomadic.Locks.Sqlite.Tests;

/// <summary>A fresh directory for one test's database files, deleted (with the WAL and shared-memory files) on dispose.</summary>
public sealed class TempDatabase : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("nomadic-locks-sqlite-").FullName;

    public string Path => System.IO.Path.Combine(_directory, "locks.db");

    public void Dispose()
    {
        try
        {
            Directory.Delete(_directory, recursive: true);
        }
        catch (IOException)
        {
            // A background poll of a store the test abandoned may still hold the file for a moment; the OS temp cleanup gets it.
        }
    }
}
