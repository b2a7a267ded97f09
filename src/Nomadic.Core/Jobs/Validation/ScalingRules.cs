namespace Nomadic.Core.Jobs.Validation;

/// <summary>Group scaling policy rules (<c>TaskGroup.validateScalingPolicy</c>).</summary>
internal static class ScalingRules
{
    public static void Validate(TaskGroup group, string type, string path, ValidationSink sink)
    {
        if (group.Scaling is not { } scaling)
        {
            return;
        }

        var scalingPath = ValidationSink.Join(path, "Scaling");
        var count = group.Count ?? 0;
        if (scaling.Max is not { } max)
        {
            sink.Add(ValidationSink.Join(scalingPath, "Max"), "Scaling policy invalid: maximum count must be specified.");
            return;
        }

        var min = scaling.Min ?? 0;
        if (min < 0)
        {
            sink.Add(ValidationSink.Join(scalingPath, "Min"), "Scaling policy invalid: minimum count must not be negative.");
        }

        if (max < 0)
        {
            sink.Add(ValidationSink.Join(scalingPath, "Max"), "Scaling policy invalid: maximum count must not be negative.");
        }

        if (max < min)
        {
            sink.Add(ValidationSink.Join(scalingPath, "Max"), "Scaling policy invalid: maximum count must not be less than minimum count.");
        }
        else if (count > max)
        {
            sink.Add(ValidationSink.Join(path, "Count"), "Scaling policy invalid: task group count must not be greater than maximum count in scaling policy.");
        }
        else if (count < min)
        {
            sink.Add(ValidationSink.Join(path, "Count"), "Scaling policy invalid: task group count must not be less than minimum count in scaling policy.");
        }
    }
}
