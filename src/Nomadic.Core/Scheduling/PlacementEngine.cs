namespace Nomadic.Core.Scheduling;

/// <summary>
/// Nomad's placement engine: create it once with <see cref="SchedulerOptions"/>, then call <see cref="Plan"/> for
/// every job to place. Pure: no I/O, no clock, and the same request and seed always give the same plan. Safe to
/// call from several threads at once. A host that plans many jobs on the same nodes passes a
/// <see cref="ClusterSnapshot"/> as <see cref="PlacementRequest.Nodes"/>, so the job-independent work on every node
/// is done once rather than in every plan.
/// </summary>
public sealed class PlacementEngine
{
    private readonly SchedulerOptions _options;
    private readonly ComputedClass _classes = new();

    /// <summary>Creates an engine.</summary>
    /// <param name="options">The settings; Nomad's defaults when null.</param>
    /// <exception cref="ArgumentOutOfRangeException">An option is out of range.</exception>
    public PlacementEngine(SchedulerOptions? options = null)
    {
        _options = options ?? new SchedulerOptions();
        _options.Validate();
    }

    /// <summary>The engine's settings.</summary>
    public SchedulerOptions Options => _options;

    /// <summary>Places every missing allocation of every task group of the request's job.</summary>
    /// <param name="request">The job, nodes and existing allocations; none of it is modified.</param>
    /// <returns>The placements and, for groups not fully placed, Nomad's failure metrics.</returns>
    public PlacementPlan Plan(PlacementRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(request.Job);
        ArgumentNullException.ThrowIfNull(request.Nodes);
        var snapshot = request.Nodes as ClusterSnapshot ?? new ClusterSnapshot(request.Nodes, _classes);
        return new PlacementRun(_options, request, snapshot).Execute();
    }
}
