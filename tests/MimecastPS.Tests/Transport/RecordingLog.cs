using System.Collections.Concurrent;
using MimecastPS.Transport;

namespace MimecastPS.Tests.Transport;

/// <summary>Keeps every verbose and debug line the transport writes.</summary>
internal sealed class RecordingLog(bool debug = false) : IRequestLog
{
    private readonly ConcurrentQueue<string> _lines = new();

    public bool IsDebugEnabled => debug;

    public IReadOnlyList<string> Lines => _lines.ToList();

    public void Verbose(string line) => _lines.Enqueue(line);

    public void Debug(string line) => _lines.Enqueue(line);
}
