namespace Nomadic.Core.Jobs.Validation;

/// <summary>Group scaling policy rules (<c>ScalingPolicy.Validate</c>, <c>TaskGroup.validateScalingPolicy</c>).</summary>
internal static class ScalingRules
{
    public static void Validate(TaskGroup group, string path, ValidationSink sink)
    {
        if (group.Scaling is not { } scaling)
        {
            return;
        }

        var scalingPath = ValidationSink.Join(path, "Scaling");
        var count = group.Count ?? 0;
        var max = scaling.Max ?? -1;
        var min = scaling.Min ?? 0;
        if (string.IsNullOrEmpty(scaling.Type))
        {
            sink.Add(ValidationSink.Join(scalingPath, "Type"), "Scaling policy invalid: missing scaling policy type; group scaling is \"horizontal\".");
        }
        else if (scaling.Type != "horizontal")
        {
            sink.Add(ValidationSink.Join(scalingPath, "Type"), $"Scaling policy invalid: task group scaling policy had invalid type \"{scaling.Type}\"; use \"horizontal\".");
        }

        if (max < 0)
        {
            sink.Add(ValidationSink.Join(scalingPath, "Max"), "Scaling policy invalid: maximum count must be specified and non-negative.");
        }
        else if (max < min)
        {
            sink.Add(ValidationSink.Join(scalingPath, "Max"), "Scaling policy invalid: maximum count must not be less than minimum count.");
        }

        if (min < 0)
        {
            sink.Add(ValidationSink.Join(scalingPath, "Min"), "Scaling policy invalid: minimum count must be specified and non-negative.");
        }

        if (max < count)
        {
            sink.Add(ValidationSink.Join(path, "Count"), "Scaling policy invalid: task group count must not be greater than maximum count in scaling policy.");
        }

        if (count < min)
        {
            sink.Add(ValidationSink.Join(path, "Count"), "Scaling policy invalid: task group count must not be less than minimum count in scaling policy.");
        }
    }
}
