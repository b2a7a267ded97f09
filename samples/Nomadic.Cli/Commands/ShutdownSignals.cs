using System.Runtime.InteropServices;

namespace Nomadic.Cli.Commands;

/// <summary>
/// Hands SIGINT and SIGTERM to a callback instead of ending the process, so that long-running verbs (<c>agent</c>,
/// <c>var lock</c>) can stop gracefully or forward the signal to a child.
/// </summary>
internal sealed class ShutdownSignals : IDisposable
{
    private readonly PosixSignalRegistration[] _registrations;

    private ShutdownSignals(Action<PosixSignal> onSignal)
    {
        _registrations =
        [
            PosixSignalRegistration.Create(PosixSignal.SIGINT, Handle),
            PosixSignalRegistration.Create(PosixSignal.SIGTERM, Handle),
        ];

        void Handle(PosixSignalContext context)
        {
            context.Cancel = true;
            onSignal(context.Signal);
        }
    }

    public static ShutdownSignals Register(Action<PosixSignal> onSignal) => new(onSignal);

    public void Dispose()
    {
        foreach (var registration in _registrations)
        {
            registration.Dispose();
        }
    }
}
