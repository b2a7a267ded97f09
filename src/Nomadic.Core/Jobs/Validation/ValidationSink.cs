namespace Nomadic.Core.Jobs.Validation;

/// <summary>Collects validation errors and builds field paths.</summary>
internal sealed class ValidationSink
{
    private readonly List<JobValidationError> _errors = [];

    public IReadOnlyList<JobValidationError> Errors => _errors;

    public void Add(string path, string message) => _errors.Add(new JobValidationError(path, message));

    public static string Join(string prefix, string name) => prefix.Length == 0 ? name : prefix + "." + name;

    public static string Index(string prefix, string name, int index) => Join(prefix, $"{name}[{index}]");

    public static string Key(string prefix, string name, string key) => Join(prefix, $"{name}[\"{key}\"]");
}
